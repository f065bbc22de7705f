for a in [7, -7, 7.5, -7.5]:
    for b in [2, -2, 0.5]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(0 // 5, -0.0 // 1, 0.0 % -1, -0.0 % 1, 5 % float("inf"), -5 % float("inf"))
print(float("inf") // 1 if False else "inf // 1 is nan", 1e300 // 1e-300 if False else "big")
print(10 ** 20 % 7, -(10 ** 20) % 7, (10 ** 20) // -7, 2 ** 100 % 2 ** 64)
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5.0, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    5 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(e)
print((10 ** 400) // 10 ** 399, 10 ** 400 / 10 ** 399)
