nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(inf == inf, inf > 1e308, -inf < -1e308, inf - inf, inf * 0, inf / inf)
print(0.0 == -0.0, 1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0, 1e-10]))
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), min(2, 2.0), max(2.0, 2))
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == 2.0 ** 53, 10 ** 16 + 1 > 1e16)
print(1e16 == 10 ** 16, 0.5 < 1 < 1.5, 1.0 in [1, 2], 2 in [1.0, 2.0])
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(2.5), hash(1e-300))
try:
    1.5 < "2"
except TypeError as e:
    print(e)
try:
    1.5 >= None
except TypeError as e:
    print(e)
print(float("nan") in [nan], nan in [nan], [nan].count(nan), [float("nan")].count(nan))
