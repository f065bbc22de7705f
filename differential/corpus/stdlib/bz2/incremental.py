# BZ2Decompressor fed in pieces with max_length: needs_input, eof, unused_data; multi-stream
# data through bz2.decompress and BZ2File; re-initialisation.
import bz2
import io

DATA = bytes(range(256)) * 40 + b"".join(b"%d," % i for i in range(20000))
STREAM = bz2.compress(DATA)

for max_length in (0, 7, 1000, 32768, -1):
    d = bz2.BZ2Decompressor()
    out = []
    states = []
    pos = 0
    calls = 0
    while not d.eof and calls < 200000:
        calls += 1
        if d.needs_input:
            chunk = STREAM[pos:pos + 500]
            pos += 500
        else:
            chunk = b""
        piece = d.decompress(chunk, max_length)
        out.append(piece)
        if max_length > 0:
            assert len(piece) <= max_length
        if len(states) < 6:
            states.append((len(piece), d.needs_input, d.eof))
        if max_length == 0 and calls > 5:
            break
    print(max_length, calls, b"".join(out) == DATA, d.eof, states)

d = bz2.BZ2Decompressor()
print(d.decompress(STREAM + b"after the end") == DATA, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

two = STREAM + bz2.compress(b"second")
print(bz2.decompress(two) == DATA + b"second")
with bz2.BZ2File(io.BytesIO(two + bz2.compress(b"third", 1))) as f:
    print(len(f.read(100)), len(f.read()), f.read())
# trailing garbage after a stream is ignored by bz2.decompress once one stream was read
print(bz2.decompress(STREAM + b"\x00garbage") == DATA)

d = bz2.BZ2Decompressor()
part = d.decompress(STREAM[:2000], 10)
print(len(part), d.needs_input, d.eof)
d.__init__()
print(d.needs_input, d.eof, d.decompress(STREAM) == DATA, d.eof)

c = bz2.BZ2Compressor()
c.compress(b"abc")
c.__init__(1)
print(bz2.decompress(c.compress(b"only this") + c.flush()))
