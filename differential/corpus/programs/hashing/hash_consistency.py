pairs = [(1, 1.0), (1, True), (0, False), (0, 0.0), (0, -0.0), (2 ** 70, float(2 ** 70)), (1, 1 + 0j),
         (0.5, 1 / 2), ("a", "a"), (("a", 1), ("a", 1.0)), (frozenset([1]), frozenset([1.0]))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
d = {}
for a, b in pairs:
    d[a] = repr(b)
print(len(d), sorted(map(repr, d.keys()))[:4])
print({1: "int"}[1.0], {1.0: "float"}[True], {(1, 2): "t"}[(1.0, 2.0)])
s = {1, 1.0, True, 2, 2.0, "2"}
print(len(s), sorted(s, key=repr))
