# math in numeric code: exact sums, integer functions, special values and rounding behaviour.
import math

xs = [0.1] * 10 + [1e100, 1.0, -1e100]
print(sum(xs), math.fsum(xs), math.prod([1, 2, 3, 4]), math.prod([0.5] * 3))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(20), math.isqrt(10 ** 20 + 1), math.gcd(84, 36, 60), math.lcm(4, 6, 10))
print(math.sqrt(2), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10), math.exp(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(1.15, 1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.frexp(12.5), math.ldexp(0.78125, 4), math.modf(-3.25), math.remainder(7, 4), math.nextafter(1, 2) - 1, math.ulp(1.0))
print(math.inf, -math.inf, math.nan != math.nan, math.isinf(1e308 * 10), math.isnan(float("nan")), math.isfinite(1e308))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.atan2(1, -1), math.tau)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.comb(3, -1)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), sum(math.sin(i) for i in range(100)))
