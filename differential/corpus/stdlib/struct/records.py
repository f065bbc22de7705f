# A binary record layout as real programs use struct: a file header, fixed-size records read
# with iter_unpack, strings padded with NULs, and round trips through a bytearray.
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdh?x")

people = [(1, "Ada", 36.5, -3, True), (2, "Grace", 85.25, 12, False),
          (3, "Linus", 54.0, 0, True)]
body = b"".join(RECORD.pack(pid, name.encode("utf-8"), score, delta, flag)
                for pid, name, score, delta, flag in people)
blob = HEADER.pack(b"KRT1", 1, RECORD.size, len(people)) + body
print(len(blob), HEADER.size, RECORD.size, blob[:12].hex())

magic, version, size, count = HEADER.unpack_from(blob)
print(magic, version, size, count)
for pid, raw, score, delta, flag in RECORD.iter_unpack(blob[HEADER.size:]):
    print(pid, raw.rstrip(b"\0").decode(), score, delta, flag)

buf = bytearray(HEADER.size + count * RECORD.size)
HEADER.pack_into(buf, 0, magic, version, size, count)
for i, p in enumerate(people):
    RECORD.pack_into(buf, HEADER.size + i * RECORD.size, p[0], p[1].encode(), p[2], p[3], p[4])
print(bytes(buf) == blob)

def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack(">H", data + b"\0" * (len(data) % 2)):
        total = (total + word) & 0xFFFF
    return total
print(checksum(blob), hex(checksum(b"hello")))

for fmt in ["@bhiq", "=bhiq", "<bhiq", ">bhiq", "!bhiq", "@cxhxixq", "3s3p", "@?d", "@d?"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack(">i", -123456789).hex(), struct.unpack("<q", struct.pack("<q", -2**63)))
print(struct.unpack(">f", struct.pack(">f", 0.1)), struct.unpack("<d", struct.pack("<d", -0.0)))
print([struct.unpack("<e", struct.pack("<e", x))[0] for x in [0.5, 1/3, 1000.7, -2.5e-5, 65519.0]])
