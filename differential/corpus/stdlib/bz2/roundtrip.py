# bzip2 at each compression level: byte-exact output, one-shot and incremental compression,
# BZ2File in each mode.
import bz2
import hashlib
import io

DATA = b"".join(b"record %d %s\n" % (i, b"xyz" * (i % 17)) for i in range(5000))


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


for level in range(1, 10):
    c = bz2.compress(DATA, level)
    print(level, len(c), digest(c), c[:4], bz2.decompress(c) == DATA)

c = bz2.BZ2Compressor(5)
pieces = [c.compress(DATA[i:i + 3000]) for i in range(0, len(DATA), 3000)]
tail = c.flush()
stream = b"".join(pieces) + tail
print(stream == bz2.compress(DATA, 5), sum(1 for p in pieces if p), len(tail))
print(bz2.compress(b"").hex(), bz2.decompress(bz2.compress(b"")))
print(bz2.compress(b"a" * 100000).hex())
print(bz2.decompress(b""))

buf = io.BytesIO()
with bz2.BZ2File(buf, "wb", compresslevel=3) as f:
    f.write(DATA[:10000])
    f.write(memoryview(DATA[10000:20000]))
print(len(buf.getvalue()), digest(buf.getvalue()))
with bz2.BZ2File(io.BytesIO(buf.getvalue())) as f:
    print(f.read(7), len(f.readline()), f.tell(), len(f.read()) + f.tell())

buf = io.BytesIO()
with bz2.open(buf, "wt", encoding="utf-8") as f:
    f.write("".join("zeile %d ü\n" % i for i in range(300)))
with bz2.open(io.BytesIO(buf.getvalue()), "rt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], digest(buf.getvalue()))
