# The cmath functions on ordinary arguments, where results must match CPython's bit for bit:
# a spread of complex numbers, including near the unit circle, branch cuts and large parts.
import cmath

values = [complex(a, b) for a in (-3.7, -1.0, -0.5, 0.0, 0.3, 1.0, 2.0, 12.25)
          for b in (-4.1, -1.0, -0.0, 0.0, 0.2, 1.0, 7.5)]
values += [0.7071 + 0.7071j, 1e-5 + 1e-5j, 1 + 1e-12j, 0.999999 + 0j, 1e200 + 1e200j,
           -1e200 + 3j, 5e-324 + 5e-324j, 700 + 1j, -710 + 2j, 1e-8j, 3 + 1e100j]
for name in ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh"):
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for z in values:
    print(repr(z), cmath.phase(z), cmath.polar(z), abs(z))
for base in (2, 10, 0.5, 1j, -2, 1e-300):
    print("log base", base, [repr(cmath.log(z, base)) for z in values[:12]])
