m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.nbytes)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m == b"abcdef", bytes(m[::2]))
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = ord("X")
print(ba, mv.readonly, mv.hex(), mv.tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(e)
with memoryview(b"ctx") as c:
    print(c.tobytes())
print(bytes(memoryview(b"q")), list(memoryview(b"\x01\x02")), memoryview(b"ab").obj)
