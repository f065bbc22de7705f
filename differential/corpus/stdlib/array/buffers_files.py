# The buffer protocol and files: memoryview of arrays (format, itemsize, writes through the
# view), bytes(), struct.pack_into, readinto, tofile/fromfile, byteswap and the bytes methods.
import array
import io
import os
import struct
import tempfile

a = array.array("i", [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.tolist())
m[1] = 42
print(a, bytes(a), bytearray(a), a.tobytes() == bytes(m))
mb = m.cast("B")
mb[0] = 7
print(a, len(mb), mb.format)
print(memoryview(array.array("d", [1.5])).format, memoryview(array.array("Q", [1])).format,
      memoryview(array.array("u", "ab")).format)
m.release()

buf = array.array("B", bytes(12))
struct.pack_into("<hI", buf, 2, -3, 0xDEADBEEF)
print(buf, struct.unpack_from("<hI", buf, 2))
ints = array.array("I", [0, 0])
struct.pack_into("=I", ints, 4, 99)
print(ints)

stream = io.BytesIO(bytes(range(16)))
target = array.array("H", [0] * 4)
print(stream.readinto(target), target)

w = array.array("h", [1, 2, 3, 256])
w.byteswap()
print(w, w.tobytes())
w.byteswap()
d = array.array("d", [1.0, -0.5])
d.byteswap()
print(d.tobytes().hex())
b = array.array("b")
b.frombytes(b"\x01\xff")
b.frombytes(bytearray(b"\x7f"))
b.frombytes(memoryview(b"\x80"))
print(b)
for bad in ("str", memoryview(array.array("i", [1])), array.array("h", [1])):
    try:
        b.frombytes(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    array.array("i").frombytes(b"abc")
except ValueError as e:
    print(e)
print(array.array("B", array.array("B", [1, 2])), array.array("h", b"\x01\x00\x02\x00"))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        array.array("q", range(5)).tofile(f)
        array.array("q").tofile(f)
    print(os.path.getsize(path))
    r = array.array("q")
    with open(path, "rb") as f:
        r.fromfile(f, 3)
        try:
            r.fromfile(f, 5)
        except EOFError as e:
            print("EOFError", e)
    print(r)
    with open(path, "rb") as f:
        into = array.array("q", [0, 0])
        print(f.readinto(into), into)
    with open(path, "rb", buffering=0) as f:
        into = array.array("b", [0] * 3)
        print(f.readinto(into), into)
for bad_n in (-1, "2"):
    try:
        array.array("i").fromfile(io.BytesIO(b""), bad_n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class NotBytes:
    def read(self, n):
        return "text"


try:
    array.array("i").fromfile(NotBytes(), 1)
except TypeError as e:
    print(e)
