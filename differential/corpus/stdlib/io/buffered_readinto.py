# BufferedReader.readinto and readinto1 over a raw stream that returns short reads and None
# (would block): what is buffered comes first, a large target is filled by raw reads straight
# into it, readinto1 makes at most one raw read, and None means nothing was ready.
import io
class MockRawIO(io.RawIOBase):
    def __init__(self, chunks):
        self._chunks = list(chunks); self._reads = 0
    def readable(self): return True
    def readinto(self, b):
        self._reads += 1
        if not self._chunks: return 0
        data = self._chunks.pop(0)
        if data is None: return None
        n = min(len(b), len(data)); b[:n] = data[:n]
        if n < len(data): self._chunks.insert(0, data[n:])
        return n
for tp in (io.BufferedReader,):
    raw = MockRawIO((b"abc", b"de", b"fgh", b"jkl"))
    buf = tp(raw, buffer_size=10)
    b = bytearray(2)
    print(buf.peek(3), raw._reads, buf.readinto1(b), b, raw._reads, buf.readinto1(b), b[:1], raw._reads)
    print(buf.readinto1(b), b, raw._reads)
    b = bytearray(20)
    print(buf.peek(3), raw._reads, buf.readinto1(b), b[:6], raw._reads)
    raw = MockRawIO((b"abc", None, b"defghijklmnop", b"q"))
    buf = tp(raw, buffer_size=4)
    b = bytearray(3); print(buf.readinto(b), b)
    b = bytearray(5); print(buf.readinto(b), b)
    b = bytearray(5); print(buf.readinto(b), b)
    b = bytearray(30); print(buf.readinto(b), b)
    b = bytearray(30); print(buf.readinto(b), buf.readinto1(b))
