# struct: packing a binary file header and records, byte orders, alignment, iter_unpack.
import struct
from collections import namedtuple

HEADER = struct.Struct("<4sHHI")
Header = namedtuple("Header", "magic version flags count")
RECORD = struct.Struct("<iHd8s?")
records = [(1, 2, 3.5, b"alpha", True), (-7, 65535, -0.25, b"beta-long-name", False), (42, 0, 1e100, b"", True)]
blob = HEADER.pack(b"KRT1", 3, 0x8001, len(records)) + b"".join(RECORD.pack(*r) for r in records)
print(len(blob), blob[:12].hex(), HEADER.size, RECORD.size)
h = Header._make(HEADER.unpack_from(blob))
print(h)
for rec in RECORD.iter_unpack(blob[HEADER.size:]):
    print(rec)
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("@bq"), struct.calcsize("<bq"), struct.calcsize("@3sP"))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -2), struct.pack(">Q", 2**64 - 1))
print(struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x7c"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("p", b"xyz"), struct.pack("4p", b"xyz"))
print(struct.pack("?xxc", 5, b"z"), struct.unpack("2h0i", b"\x01\x00\x02\x00"), struct.pack("<2H", 1, 2))
buf = bytearray(16)
struct.pack_into("<hq", buf, 2, -1, 2**40)
print(buf, struct.unpack_from("<q", buf, 4))
for fmt, val in [("b", 200), ("B", -1), ("h", 2**15), ("I", -1), ("q", 2**63), ("c", b"ab"), ("?", object())]:
    try:
        print(struct.pack(fmt, val))
    except struct.error as e:
        print(fmt, "struct.error", e)
for bad in ["<4s", "zz", "3"]:
    try:
        struct.unpack(bad, b"ab")
    except struct.error as e:
        print(repr(bad), "struct.error", e)
print(struct.Struct(">i").format, struct.pack(">n".replace(">", "@"), 5)[:1], struct.pack("@N", 7)[:1])
