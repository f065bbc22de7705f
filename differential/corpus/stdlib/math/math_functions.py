import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.5, -1.5, 10.0, 1e-10, 123.456, 1e300, -7.25]
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'atan',
             'asin', 'acos', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'expm1',
             'fabs', 'cbrt', 'exp2', 'gamma', 'lgamma', 'floor', 'ceil', 'trunc',
             'degrees', 'radians', 'isnan', 'isinf', 'isfinite', 'frexp', 'modf', 'ulp']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum(range(10)))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.hypot(1e300, 1e300), math.hypot(1.5, 2.5, 3.5))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.1, 2.2), (3.3, 4.4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0, 5), math.lcm(-4, 6, 10), math.lcm(2**40, 3**20))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**101 + 7))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5]), math.prod([3], start=2), math.prod(['a'], start=3))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.log(7), math.log2(1024), math.log2(3), math.log10(1000), math.log(2.5, 1.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(math.inf, -1), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7.5, 2), math.fmod(-7, 3), math.fmod(7, math.inf))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1080), math.ldexp(5, 2**70 * 0) , math.nextafter(1, 2), math.nextafter(0, -1))
print(math.frexp(5e-324), math.frexp(-8.0), math.ulp(1e308), math.ulp(0.0), math.ulp(math.nan))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(True), type(math.floor(2.0)).__name__)
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
    def __float__(self): return 2.25
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.gamma(5), math.gamma(0.5), math.lgamma(100))
print(math.gamma(-1.5), math.lgamma(-2.5), round(math.erf(0.3), 12), round(math.erfc(2.5), 12), math.gamma(171.5) if False else math.gamma(170.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.exp(1000),
            lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.factorial(-1),
            lambda: math.factorial(2.0), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.isqrt(-4),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.dist((1,), (1, 2)),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 2000),
            lambda: math.trunc('x'), lambda: math.sqrt('x'), lambda: math.log(10, 1), lambda: math.pow(0, -1),
            lambda: math.pow(-8, 1/3), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.fmod(1, 0),
            lambda: math.log(0.0), lambda: math.cosh(1000), lambda: math.lgamma(-3)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print([round(math.erf(v), 12) for v in vals], [round(math.erfc(v), 12) for v in vals])
print(sorted(n for n in dir(math) if not n.startswith('_')))
