# Every cmath function over a grid of special and ordinary values (signed zeros, infinities,
# NaNs, tiny and huge finite numbers): each result's repr, or the exception it raises.
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 1.0, 2.5, inf, nan, 1e-310, -1e308, 1e308]
functions = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
             "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(map(show, x)) + ")"
    return repr(x)


for name in functions + ["phase", "polar"]:
    f = getattr(cmath, name)
    print("==", name)
    for re_ in parts:
        row = []
        for im in parts:
            try:
                row.append(show(f(complex(re_, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:5])
        print(repr(re_), " ".join(row))

print("== rect")
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[:5])
    print(repr(r), " ".join(row))
