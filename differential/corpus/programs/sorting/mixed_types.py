print(sorted([3, 1.5, True, 2, -0.5]), sorted([1, 1.0, True]), sorted([1.0, 1, True]))
print(sorted([(1, 2), (1,), (0, 5, 5)]), sorted([[2], [1, 9], []]), sorted(["", "a", "A", " "]))
print(sorted([b"b", b"a", b"ab"]), sorted([frozenset({1, 2}), frozenset({1})], key=len))
for data in [[1, "1"], [None, 1], [1j, 2j], [{1}, {2}, {1, 2}], [(1, "a"), (1, 2)]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([float("nan"), 1, 0]) is not None, sorted([3, 2, 1], key=lambda x: 0))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()), sorted(range(5), key=lambda x: -x))
print(sorted("cba", reverse=True), sorted([], key=len), sorted(iter([2, 1])))
