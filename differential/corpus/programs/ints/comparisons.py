print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1, 2 > 1, 3 >= 4)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
print(10 ** 30 > 10 ** 29, -10 ** 30 < 0, 2 ** 64 == 18446744073709551616)
print(True == 1, False == 0, True is True, 1 == True, True < 2)
print(max(3, 7, -1), min(3, 7, -1), sorted([5, -2, 10 ** 20, 0, 7]))
print(5 == 5.0, 5 == 5.1, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(1 < 1.5, 2 > 1.5, -1 < -0.5, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(float("nan") == 1, float("nan") != 1, 1 < float("nan"))
try:
    1 < "1"
except TypeError as e:
    print(e)
try:
    [1] < 1
except TypeError as e:
    print(e)
print(1 == "1", 1 != "1", None == 0)
print((1).__lt__(2), (1).__eq__(1.0), (1).__lt__("x"))
