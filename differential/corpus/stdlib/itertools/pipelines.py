# itertools pipelines: grouping log lines, sliding windows, combinatorics, infinite streams.
import itertools as it
import operator

log = ["2024-01-01 INFO start", "2024-01-01 WARN disk", "2024-01-02 INFO run", "2024-01-02 ERROR fail",
       "2024-01-02 INFO stop", "2024-01-03 INFO idle"]
for day, lines in it.groupby(log, key=lambda l: l[:10]):
    lines = list(lines)
    print(day, len(lines), [l.split()[1] for l in lines])


def windows(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)


print(list(windows(range(6), 3)), list(it.pairwise("abcd")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.islice(it.count(10, 2.5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain.from_iterable([[1], (2, 3), "45"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 3)), list(it.permutations("abc")))
squares = (x * x for x in it.count())
print(list(it.islice(filter(lambda s: s % 3 == 1, squares), 5)))
data = sorted([("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("nut", "pecan"), ("veg", "leek")])
print({k: [v for _, v in g] for k, g in it.groupby(data, key=operator.itemgetter(0))})
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)))
try:
    list(it.islice(range(3), -1))
except ValueError as e:
    print("ValueError", e)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(sum(1 for _ in it.combinations(range(20), 3)), next(it.dropwhile(lambda x: x < 1000, it.count(7, 7))))
