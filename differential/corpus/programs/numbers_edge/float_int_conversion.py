for f in [0.5, 1.5, 2.5, -0.5, -1.5, 1e16 + 1, 2 ** 53 + 1.0, 1.9999999999999998, -0.0]:
    print(repr(f), int(f), round(f), float(int(f)) == int(f))
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, 10 ** 17 + 1, -(2 ** 63) - 1, 2 ** 1023 * 3 // 2]:
    print(n, float(n), n == float(n), n < float(n), n > float(n))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
print(2 ** 1024 > float("inf"), -(2 ** 1024) < float("-inf"), 2 ** 1024 == float("inf"))
print(int(1e308) % 1000, int(5e-324), round(5e-324 * 2.0 ** 1000))
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, (2 ** 70 + 1) / 2 ** 70, 1 / 3 * 3 == 1)
