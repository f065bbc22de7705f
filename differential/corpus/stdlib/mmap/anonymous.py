# Anonymous maps as a scratch buffer with a file position: write, seek, read lines, move.
import mmap

m = mmap.mmap(-1, 64)
print(repr(m))
print(m.write(b"first line\nsecond line\nthird"), m.tell())
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.readline())
m.seek(6)
print(m.read(4), m.read_byte(), m.tell())
m.seek(-4, 2)
m.write_byte(ord("!"))
print(m.tell(), m[-4:], m[-4])
m.seek(0)
m.move(30, 0, 5)
print(m[28:37])
print(m[0:20:3], m[10:0:-2], m[::-1][:10])
m[0:6:2] = b"XYZ"
print(m[:10], m[0], m[-1])
m[1] = 0x41
print(m[:3], [bytes(b) for b in list(m)[:3]], b"X" in m)
print("memoryview", bytes(memoryview(m)[:5]), memoryview(m).nbytes)
print("re", __import__("re").search(rb"sec\w+", m).group())

for args in [(0, 100, 0), (-1, 0, 1), (0, 0, 65)]:
    try:
        m.move(*args)
    except ValueError as e:
        print("ValueError", e)
for pos, how in [(-1, 0), (65, 0), (1, 2), (0, 5)]:
    try:
        m.seek(pos, how)
    except ValueError as e:
        print("ValueError", e)
m.seek(64)
print(m.read(), m.readline())
for call in (m.read_byte, lambda: m.write_byte(1), lambda: m.write(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

m.resize(4096)
print("resized", len(m), m[60:64])
print(m.madvise(mmap.MADV_NORMAL), m.flush())
try:
    m.size()
except OSError as e:
    print("OSError", e.errno)

with m:
    print("closed in with?", m.closed)
print("closed", m.closed, repr(m))
for call in (lambda: m[0], lambda: len(m), m.tell, lambda: m.read(1), m.readline):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
m.close()


class Anon(mmap.mmap):
    def __new__(cls, size):
        return super().__new__(cls, -1, size)


a = Anon(8)
a[:] = b"abcdefgh"
print(type(a).__name__, a[:], isinstance(a, mmap.mmap), repr(a).split()[0])
print(mmap.error is OSError, mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY,
      mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.MAP_SHARED, mmap.PROT_READ)
