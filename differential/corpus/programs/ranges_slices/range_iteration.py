r = range(3, 30, 4)
print(list(r), len(r), r[0], r[-1], r[1:4], list(r[::-2]), 7 in r, 8 in r, r.index(11))
print([i for i in range(10, 0, -3)], list(range(-5)), list(range(-5, 0)), list(range(0, -10, -4)))
it = iter(range(3))
print(next(it), list(it), iter(range(0)).__next__ if False else "ok")
print(sum(range(1, 101)), sum(range(0, 101, 2)), max(range(0)) if False else "max of empty errors")
try:
    max(range(0))
except ValueError as e:
    print(e)
big = range(0, 10 ** 18, 7)
print(len(big), big[10 ** 15], 10 ** 17 in big, (10 ** 17 + 1) in big, big.index(7 * 12345))
print(range(5) == range(5), range(0, 5, 2) == range(0, 6, 2), range(0) == range(1, 1), list(range(2, 2)))
print(range(3).count(1), range(3).count(5), range(3).count("x"), 1.0 in range(3), "1" in range(3))
for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
