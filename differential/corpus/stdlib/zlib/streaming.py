# Streaming compression and decompression with flush modes and bounded output.
import zlib

text = b"".join(b"record %06d: value=%d\n" % (i, i * i % 9973) for i in range(3000))

co = zlib.compressobj(level=6, wbits=15)
pieces = []
for i in range(0, len(text), 4096):
    pieces.append(co.compress(text[i:i + 4096]))
    if i % (4096 * 4) == 0:
        pieces.append(co.flush(zlib.Z_SYNC_FLUSH))
pieces.append(co.flush(zlib.Z_FULL_FLUSH))
pieces.append(co.flush())
stream = b"".join(pieces)
print("stream", len(stream), zlib.crc32(stream), stream[:2].hex(), stream[-4:].hex())
print("sync markers", stream.count(b"\x00\x00\xff\xff"))

# Decompress at most 1000 bytes a call, feeding unconsumed_tail back.
d = zlib.decompressobj()
out = []
data = stream + b"TRAILING"
calls = 0
while not d.eof:
    chunk = d.decompress(data, 1000)
    calls += 1
    assert len(chunk) <= 1000
    out.append(chunk)
    data = d.unconsumed_tail
print("calls", calls, "ok", b"".join(out) == text, "unused", d.unused_data)

# Feeding a byte at a time.
d = zlib.decompressobj()
got = b"".join(d.decompress(stream[i:i + 1]) for i in range(len(stream)))
print("bytewise", got == text, d.eof, d.unused_data)

# flush() after partial input returns what is available.
d = zlib.decompressobj()
part = d.decompress(stream[: len(stream) // 2])
rest = d.flush()
print("half", len(part) + len(rest) < len(text), d.eof)

# Raw deflate and gzip containers.
for wbits in (-15, 31):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    body = c.compress(text) + c.flush()
    print(wbits, len(body), zlib.decompress(body, wbits) == text,
          zlib.decompress(body, 47 if wbits > 0 else wbits) == text)

# copy() branches a stream.
c = zlib.compressobj()
head = c.compress(text[:1000])
c2 = c.copy()
a = head + c.compress(b"ending A") + c.flush()
b = head + c2.compress(b"ending B") + c2.flush()
print(zlib.decompress(a)[-8:], zlib.decompress(b)[-8:])

d = zlib.decompressobj()
first = d.decompress(stream[:300])
d2 = d.copy()
print(first + d.decompress(stream[300:]) == first + d2.decompress(stream[300:]) == text)
