print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1], [1, 0]))
print(min([1, -5, 3], key=abs), max(["aa", "b", "cccc"], key=len), max([], default="none"))
print(min((), default=0), max([2, 2.0]), max([2.0, 2]), min([True, 1]), max(range(10), key=lambda n: n % 4))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=3),
            lambda: max([1, "a"]), lambda: min([1], key=None, foo=1), lambda: max(3, key=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(min(pairs), max(pairs), min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(max(x * x for x in range(-5, 3)), min(iter([5, 2, 8])))
