print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*["ab", "cd"])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(len, [])))
print(list(filter(str.isdigit, "a1b2")), list(filter(None, [0, 1, "", "x", None])))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))))
print(all([]), any([]), all([1, 0]), any([0, 0.0, 1]), all(x > 0 for x in [1, 2]), any("x" for _ in ()))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)))
for bad in [lambda: iter(5), lambda: next([1]), lambda: reversed({1, 2}), lambda: map(1, [1]).__next__(),
            lambda: enumerate(5), lambda: iter(len, 1, 2), lambda: zip(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
e = enumerate("xy")
print(type(e).__name__, iter(e) is e, next(e), list(e))
