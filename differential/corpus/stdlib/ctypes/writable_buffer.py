# A ctypes object is a writable buffer: readinto, memoryview slice assignment and
# struct.pack_into write into its memory, and the C fields see the bytes.
import ctypes
import io
import struct


class Pair(ctypes.Structure):
    _fields_ = [("a", ctypes.c_uint8), ("b", ctypes.c_uint8), ("c", ctypes.c_uint16)]


p = Pair(1, 2, 3)
view = memoryview(p)
print(view.readonly, view.nbytes)
print(io.BytesIO(b"\x07\x08").readinto(p), p.a, p.b, p.c)
memoryview(p).cast("B")[2:4] = struct.pack("<H", 513)
print(p.a, p.b, p.c)
struct.pack_into("<BB", p, 0, 40, 41)
print(p.a, p.b, p.c, bytes(p))

arr = (ctypes.c_char * 6)()
with io.BytesIO(b"abcdef") as f:
    print(f.readinto(arr), arr.raw)


class Empty(ctypes.Structure):
    pass


e = Empty()
ctypes.resize(e, 4)
memoryview(e).cast("B")[:] = b"wxyz"
print(bytes(e), io.BufferedReader(io.BytesIO(b"1234")).readinto(e), bytes(e))
