# A BufferedWriter hands its raw stream chunks that the raw stream may keep: later writes must
# not change a chunk already handed over.
import io


class KeepingRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


for size in (1, 4, 13):
    raw = KeepingRaw()
    w = io.BufferedWriter(raw, size)
    data = bytes(range(256)) * 4
    n, step = 0, 1
    while n < len(data):
        w.write(data[n:n + step])
        n += step
        step = step % 7 + 1
    w.flush()
    joined = b"".join(raw.chunks)
    print(size, joined == data, len(raw.chunks) > 0, joined[:16])

raw = KeepingRaw()
w = io.BufferedWriter(raw, 4)
w.write(b"abcd")
w.write(b"efgh")
w.flush()
print(raw.chunks)
