# struct: sizes and alignment, every format code, byte orders, Struct objects, the
# buffer functions, and CPython's error messages for values and buffers that do not fit.
import struct
print(struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("bqh"), struct.calcsize("5s2x?"), struct.calcsize("P"), struct.calcsize("0i"), struct.calcsize("c0i"))
print(struct.pack("<hHi10s", -2, 65535, 7, b"abc"), struct.pack(">q", -1), struct.pack("!Q", 2**64-1))
print(struct.unpack("<hHi10s", struct.pack("<hHi10s", -2, 65535, 7, b"abc")))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("5p", b"hello world"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("<e", 1.5), struct.pack(">e", -0.1), struct.unpack("<e", b"\x00\x7c"), struct.pack("<f", 3.14), struct.pack(">d", 1e100))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.unpack("<e", struct.pack("<e", 6e-8)), struct.pack("<e", float("nan")))
print(struct.pack("??c", 0, [1], b"x"), struct.unpack("??", b"\x00\x05"))
s = struct.Struct("<3I")
print(type(s).__name__, s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x00\x00" * 3))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.unpack_from("<H", b"xx\x05\x00", 2), struct.unpack_from("<H", b"xx\x05\x00", offset=-2))
ba = bytearray(8)
struct.pack_into("<I", ba, 2, 0xdeadbeef)
print(ba)
it = struct.iter_unpack("<B", b"abc")
print(it.__length_hint__(), next(it), it.__length_hint__())
errs = [lambda: struct.pack("b", 200), lambda: struct.pack("B", -1), lambda: struct.pack("h", 40000),
        lambda: struct.pack("<h", 40000), lambda: struct.pack("H", -1), lambda: struct.pack("<H", 70000),
        lambda: struct.pack("i", 2**31), lambda: struct.pack("<i", -2**31-1), lambda: struct.pack("I", -1),
        lambda: struct.pack("<I", 2**32), lambda: struct.pack("q", 2**63), lambda: struct.pack("<q", 2**63),
        lambda: struct.pack("<Q", -1), lambda: struct.pack("Q", -1), lambda: struct.pack("L", 2**64),
        lambda: struct.pack("i", "x"), lambda: struct.pack("i", 1.5), lambda: struct.pack("f", "x"),
        lambda: struct.pack("<f", 1e300), lambda: struct.pack("f", 1e300), lambda: struct.pack("<e", 1e6),
        lambda: struct.pack("c", b"ab"), lambda: struct.pack("s", "x"), lambda: struct.pack("ii", 1),
        lambda: struct.pack("z"), lambda: struct.pack("3"), lambda: struct.pack("<P", 1), lambda: struct.calcsize("<n"),
        lambda: struct.unpack("<I", b"abc"), lambda: struct.unpack_from("<I", b"abcdef", 4),
        lambda: struct.unpack_from("<I", b"abc", 5), lambda: struct.unpack_from("<I", b"abc", -5),
        lambda: struct.pack_into("<I", bytearray(4), 2, 1), lambda: struct.pack_into("<I", bytes(4), 0, 1),
        lambda: struct.pack_into("<I", bytearray(4), -2, 1), lambda: struct.iter_unpack("<H", b"abc"),
        lambda: struct.iter_unpack("", b""), lambda: struct.Struct(5), lambda: struct.pack(),
        lambda: struct.pack("<l", 2**31), lambda: struct.pack("l", 2**63), lambda: struct.pack("<i", 2**64)]
for e in errs:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(struct.error, struct.error.__mro__)
class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
print(struct.pack("<i", Idx()), struct.pack("<d", Flt()), struct.pack("<d", 3))
print(struct.unpack("<4s", bytearray(b"abcd")), struct.Struct(b"<h").format)
print(struct.pack(" < i h ", 1, 2), struct.calcsize("2i 3h"))
