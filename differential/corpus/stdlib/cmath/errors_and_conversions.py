# What cmath accepts as an argument (complex, int, float, objects with __complex__, __float__
# or __index__), its errors, the constants, classification and isclose.
import cmath


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 2


class BadComplex:
    def __complex__(self):
        return 1.5


for arg in (C(), F(), I(), 2, True, 2**60, -0.0, 1 + 0j):
    if arg == 2**60:
        print(cmath.sqrt(arg), cmath.phase(arg))
        continue
    print(type(arg).__name__, cmath.sqrt(arg), cmath.exp(arg), cmath.phase(arg))
for bad in ("1", None, BadComplex(), [1], 10**400):
    try:
        cmath.sqrt(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(0, 2),
             lambda: cmath.log(2, 0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
             lambda: cmath.exp(1000), lambda: cmath.cosh(1000j + 800), lambda: cmath.sinh(-711),
             lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.rect(1, float("inf")),
             lambda: cmath.rect(0, float("inf")), lambda: cmath.rect(float("-inf"), 1),
             lambda: cmath.rect(2, -0.0), lambda: cmath.rect("2", 1), lambda: cmath.log(1, "x"),
             lambda: cmath.sqrt(), lambda: cmath.log(1, 2, 3), lambda: cmath.acos(z=1),
             lambda: cmath.tan(complex(0, float("inf"))), lambda: cmath.tanh(complex(3, 1e308))):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi is cmath.pi, type(cmath.infj), cmath.nanj.real, cmath.nanj.imag)
nan = float("nan")
inf = float("inf")
for z in (1, 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(inf, nan)):
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
pairs = [(1, 1), (1, 1 + 1e-10j), (1, 1.0001), (1e-12, 0), (inf, inf), (inf, -inf),
         (complex(inf, 1), complex(inf, 1)), (nan, nan), (1j, 1j * (1 + 1e-9))]
for a, b in pairs:
    print(repr(a), repr(b), cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-3),
          cmath.isclose(a, b, abs_tol=1e-11))
for kwargs in ({"rel_tol": -1}, {"abs_tol": -0.1}, {"rel_tol": "x"}):
    try:
        cmath.isclose(1, 1, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, 3)
except TypeError as e:
    print(e)
print(cmath.__doc__)
print(cmath.log.__doc__)
