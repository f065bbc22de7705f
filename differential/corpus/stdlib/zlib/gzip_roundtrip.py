# Writing and reading gzip streams in memory, as log rotation and HTTP code do.
import gzip
import io

lines = [f"{i:05d} GET /api/items/{i % 17} 200 {i * 37 % 1000}ms\n" for i in range(400)]
payload = "".join(lines).encode()

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="access.log") as f:
    for line in lines:
        f.write(line.encode())
blob = buf.getvalue()
print("compressed", len(blob), "from", len(payload))
print("header", blob[:10].hex())
print("name field", blob[10:21])

with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
    first = f.readline()
    rest = f.read()
print(first)
print(len(rest) + len(first) == len(payload))

# Two members concatenated read back as one stream.
both = gzip.compress(b"alpha\n", mtime=0) + gzip.compress(b"beta\n", mtime=0)
print(gzip.decompress(both))

# Levels give CPython's exact bytes.
for level in (1, 5, 9):
    out = gzip.compress(payload, compresslevel=level, mtime=0)
    print(level, len(out), out[-8:].hex())

# Text mode with an encoding.
tb = io.BytesIO()
with gzip.open(tb, "wt", encoding="utf-8") as f:
    f.write("naïve café\n" * 3)
with gzip.open(io.BytesIO(tb.getvalue()), "rt", encoding="utf-8") as f:
    print(f.read().splitlines())

# A corrupted trailer is reported.
bad = bytearray(gzip.compress(b"data" * 100, mtime=0))
bad[-5] ^= 0xFF
try:
    gzip.decompress(bytes(bad))
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
try:
    gzip.decompress(b"not gzip at all")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
