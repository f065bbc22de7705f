for b in [b"", b"a", b"abc", b"hello world", bytes(range(10)), b"\xff" * 20]:
    print(b, hash(b), hash(b) == hash(b.decode("latin-1")))
for fs in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset("ab"),
           frozenset([(1, 2), 3]), frozenset(range(10))]:
    print(sorted(fs, key=repr), hash(fs))
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(range(3)), hash(range(0, 3, 2)))
print(hash(b"abc") == hash(bytearray(b"abc").__bytes__() if hasattr(bytearray, "__bytes__") else b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(e)
print(hash(frozenset({"a", "b"})) == hash(frozenset({"b", "a"})), hash(frozenset({frozenset()})))
