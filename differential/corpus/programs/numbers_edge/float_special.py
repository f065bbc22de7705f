inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * -1, inf / 1e308, 0 * inf, -inf ** 2, (-inf) ** 2, inf ** 0, nan ** 0)
print(1 / inf, -1 / inf, 1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 2.0 ** -1075)
print(nan + 1, nan * 0, max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[1] if False else "skip")
print(round(inf, 2), round(nan, 1), round(1e308, -308), round(-1e-300, 2))
print(float("1e309"), float("-1e309"), float("1e-400"), repr(float("-0")))
print(abs(-inf), abs(nan) != abs(nan), -nan != -nan, int(-0.0), str(-0.0), 0.0 == -0.0)
for f in [inf, -inf, nan, 0.0, -0.0]:
    print(f.hex(), f.is_integer(), repr(f * 2), f == f)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(e)
print(f"{inf:10.2f}|{nan:<6}|{-inf:+e}|{inf:%}")
