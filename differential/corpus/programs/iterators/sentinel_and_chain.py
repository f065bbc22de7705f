data = iter([5, 3, 0, 7])
reader = iter(lambda: next(data), 0)
print(list(reader), list(data))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x
print(list(chain([1], (2, 3), "ab", range(2), {"k": 1})))
def islice(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(islice("abcdef", 3)), list(islice([], 2)), list(islice(range(100), 5)))
def cycle(it):
    saved = list(it)
    while saved:
        yield from saved
c = cycle("xy")
print([next(c) for _ in range(5)])
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 4, 7])), list(pairwise([])))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(accumulate(range(1, 6))))
