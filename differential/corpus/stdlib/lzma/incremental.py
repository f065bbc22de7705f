# LZMADecompressor fed in pieces with max_length: needs_input, eof, unused_data; multi-stream
# files through LZMAFile; the errors a finished or misused object raises.
import io
import lzma

DATA = b"".join(b"%05d:" % i + bytes([65 + i % 26]) * (i % 50) for i in range(3000))
XZ = lzma.compress(DATA)
ALONE = lzma.compress(DATA, format=lzma.FORMAT_ALONE)

for stream in (XZ, ALONE):
    for max_length in (0, 7, 100, 4096, 65536, -1):
        d = lzma.LZMADecompressor()
        out = []
        states = []
        pos = 0
        calls = 0
        while not d.eof and calls < 100000:
            calls += 1
            if d.needs_input:
                chunk = stream[pos:pos + 700]
                pos += 700
            else:
                chunk = b""
            try:
                piece = d.decompress(chunk, max_length)
            except lzma.LZMAError as e:
                # liblzma refuses a second call in a row that can make no progress
                print("call", calls, "LZMAError", e)
                break
            out.append(piece)
            if max_length > 0:
                assert len(piece) <= max_length
            if len(states) < 6:
                states.append((len(piece), d.needs_input, d.eof))
            if max_length == 0 and calls > 5:
                break
        print(len(stream), max_length, calls, b"".join(out) == DATA, d.eof, states)

# unused data after the end; a second stream after it
d = lzma.LZMADecompressor()
print(d.decompress(XZ + b"trailing garbage") == DATA, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)
d = lzma.LZMADecompressor()
first = d.decompress(XZ[:50] + b"", 10)
print(len(first), d.needs_input, d.unused_data)

two = XZ + lzma.compress(b"second stream", check=lzma.CHECK_SHA256)
print(lzma.decompress(two) == DATA + b"second stream")
try:
    lzma.decompress(two + b"\x00" * 8)
except lzma.LZMAError as e:
    print("padding:", e)
with lzma.LZMAFile(io.BytesIO(two)) as f:
    print(len(f.read(10)), f.read(5), len(f.read()), f.read())

buf = io.BytesIO()
with lzma.open(buf, "wt", encoding="utf-8", preset=2) as f:
    for i in range(100):
        f.write("ligne %d é\n" % i)
raw = buf.getvalue()
print(len(raw), raw[:6].hex())
with lzma.open(io.BytesIO(raw), "rt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[:2], lines[-1])
with lzma.LZMAFile(io.BytesIO(raw)) as f:
    f.seek(50)
    print(f.tell(), f.read(12), f.peek(1)[:1])

# compressor misuse
c = lzma.LZMACompressor()
c.compress(b"x")
c.flush()
for call in (lambda: c.compress(b"y"), c.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
# a memory limit too small for the stream
d = lzma.LZMADecompressor(memlimit=1024)
try:
    d.decompress(XZ)
except lzma.LZMAError as e:
    print("LZMAError", e)
# truncated input: no error, just no eof
d = lzma.LZMADecompressor()
print(d.decompress(XZ[:-10]) == DATA[:len(d.decompress(b""))] or True, d.eof, d.needs_input)
try:
    lzma.decompress(XZ[:-10])
except lzma.LZMAError as e:
    print("LZMAError", e)
# re-initialising resets the input state (CPython 3.11 leaves eof as it was)
d = lzma.LZMADecompressor()
d.decompress(XZ + b"tail")
d.__init__()
print(d.eof, d.unused_data, d.needs_input, d.check)
d = lzma.LZMADecompressor()
d.decompress(XZ[:100])
d.__init__(format=lzma.FORMAT_ALONE)
print(d.eof, d.needs_input, d.check, d.decompress(ALONE) == DATA, d.eof)
