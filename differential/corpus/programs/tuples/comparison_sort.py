records = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 3.1)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(max(records, key=lambda r: r[2]), min(records, key=lambda r: (r[1], r[0])))
print((1, 2, 3) > (1, 2), (1, float("nan")) == (1, float("nan")), (None,) == (None,))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(e)
try:
    (None, 1) < (None, 2)
    print("equal first items compare the next")
    (None,) < (None,)
    print("equal tuples")
    (None,) < (1,)
except TypeError as e:
    print(e)
print(sorted([(2, "b"), (1, "z"), (2, "a")], reverse=True))
print(tuple(sorted({3, 1, 2})), [t for t in zip("abc", range(3))])
