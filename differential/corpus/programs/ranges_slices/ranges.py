for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(-3, 3), range(5, 1)]:
    print(r, list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1], 49 in r, 50 in r, r.index(21), r.count(14))
print(range(3) == range(0, 3), range(0) == range(2, 2), range(1, 2, 3) == range(1, 3, 5))
print(hash(range(3)) == hash(range(0, 3, 1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))
print(r.start, r.stop, r.step, range(10 ** 20)[-1], len(range(10 ** 6)), max(range(7)), sum(range(101)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(5),
            lambda: range("a"), lambda: len(range(10 ** 20))]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(range(0, 5, 1)), repr(range(-2, -10, -3)), str(range(1, 2)))
print(list(range(5))[::-1] == list(reversed(range(5))), range(5)[-6:10], range(2, 20, 4)[1:-1])
