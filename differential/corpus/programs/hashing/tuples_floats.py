for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), ("a", 1), (0,), ((1, 2), (3,)), (1.5, -2),
          (True, 1), ("x", ("y", ("z",)))]:
    print(t, hash(t))
for f in [0.0, -0.0, 0.5, 1.5, -1.5, 1e-10, 1e300, 2.0 ** 61, 123.456, float("inf"), float("-inf"),
          1 / 3, 2 ** 0.5]:
    print(repr(f), hash(f))
print(hash(1.0) == hash(1) == hash(True), hash(2 ** 61 - 1.0) if False else hash(float(2 ** 52)))
print(hash(complex(1, 2)), hash(complex(0, 1)), hash(complex(-1.5, 0)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((0,)) == hash((0.0,)), hash((-1,)), hash((-2,)))
print(hash(2.5) == hash(5 / 2), hash(-0.5), hash(1e-300), hash(5e-324))
