# bytes.hex with and without separators (bytes_per_sep positive, negative and zero), and id():
# the same number for one object while it lives, different numbers for objects alive together.
data = bytes(range(256))
print(data.hex()[:40], len(data.hex()))
print(b"".hex(), b"\x00\xff".hex(), bytearray(b"\x10\x20").hex(), memoryview(b"ab").hex())
print(data[:9].hex(":"), data[:9].hex("-", 2), data[:9].hex(" ", -2), data[:9].hex(b"_", 0))
print(data[:5].hex(":", 10), bytearray(data[:6]).hex(".", 3))
for bad in ("ab", "\u00e9"):
    try:
        data.hex(bad)
    except ValueError as e:
        print("ValueError", e)
objs = [object() for _ in range(500)]
ids = [id(o) for o in objs]
print(len(set(ids)) == len(objs), all(id(o) == i for o, i in zip(objs, ids)))
print(id(objs) == id(objs), id(data) != id(objs))
