vals = [0.1] * 10
total = 0.0
for v in vals:
    total += v
print(total, sum(vals), total == 1.0, abs(total - 1.0) < 1e-9)
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, (1e16 + 1) - 1e16 == 0, 2 ** 53 + 1.0 == 2 ** 53)
print(0.1 * 3 == 0.3, 0.5 * 3 == 1.5, 1 / 49 * 49, 100 * 1.1, 3 * 0.1 / 3)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
x = 1.0
while 1.0 + x != 1.0:
    x /= 2
print(x * 2, x)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023 * 2 == float("inf"))
acc = 0.0
for i in range(1, 1001):
    acc += 1 / i
print(acc, round(acc, 10))
print(sum(1 / 2 ** i for i in range(60)), 9.999999999999999e22, 1e23)
