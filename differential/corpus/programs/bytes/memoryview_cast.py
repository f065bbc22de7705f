# memoryview: formats, cast, shapes, slicing with steps, assignment, comparison, hashing
ba = bytearray(range(16))
m = memoryview(ba)
h = m.cast("H")
print(h.format, h.itemsize, h.nbytes, len(h), h[0], h[-1], h.tolist()[:3])
i = m.cast("i")
print(i.tolist(), i.shape, i.strides, i.c_contiguous, i.contiguous)
q = m.cast("Q")
print(q.tolist(), m.cast("q")[1])
g = m.cast("B", shape=[4, 4])
print(g.ndim, g.shape, g.strides, g.tolist()[1], g[1, 2], g[-1, -1])
g[2, 3] = 99
print(ba[11], g.tobytes()[:12], g.tobytes("F")[:8], g.tobytes("A")[:4])
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f[0], f.tolist(), memoryview(bytearray(4)).cast("f").tolist())
c = memoryview(b"xyz").cast("c")
print(c[0], c.tolist(), list(c))
bl = memoryview(bytearray(b"\x00\x01\x02")).cast("?")
print(bl.tolist())
s = memoryview(bytearray(b"\xff\xfe")).cast("b")
print(s.tolist())
step = m[1:12:3]
print(step.tolist(), step.strides, step.c_contiguous, bytes(step), step.tobytes(), step.hex())
rev = m[::-1]
print(rev[0], rev.tolist()[:4], rev.strides)
m[0:2] = b"\xaa\xbb"
m[::5] = bytes([7, 7, 7, 7])
print(ba[:6].hex(" "))
m[2:4] = m[0:2]
print(ba[:4])
print(m == ba, m[:3] == b"\x07\xbb\x07", memoryview(b"ab") == memoryview(b"ab"), m != b"x")
print(memoryview(b"abc") == "abc", memoryview(b"ab") == [97, 98])
print(hash(memoryview(b"hi")) == hash(b"hi"), m.toreadonly().readonly)
ro = memoryview(b"abcdef")
print(ro[::2].tobytes(), hash(ro[::2]) == hash(b"ace"))
for bad in [lambda: hash(m), lambda: hash(m.toreadonly().cast("H")), lambda: m.cast("x"),
            lambda: m.cast("H").cast("I"), lambda: m[::2].cast("B"), lambda: m.cast("B", [3]),
            lambda: m.cast("B", [0, 16]), lambda: m.cast("B", (2, "8")), lambda: m.cast("B", 16),
            lambda: m.cast(1), lambda: memoryview(b"abc").cast("H"),
            lambda: h.__setitem__(0, -1), lambda: h.__setitem__(0, 70000),
            lambda: h.__setitem__(0, "x"), lambda: memoryview(bytearray(b"a")).cast("c").__setitem__(0, b"ab"),
            lambda: memoryview(bytearray(b"a")).cast("c").__setitem__(0, 1), lambda: m.__setitem__(slice(0, 2), b"abc"),
            lambda: m.__setitem__(slice(0, 2), 5), lambda: m.__delitem__(0),
            lambda: ro.__setitem__(0, 1), lambda: g[1], lambda: g[1, 2, 3], lambda: g[9, 0],
            lambda: g["a"], lambda: g[1:2, 1:2], lambda: m.tobytes("X"),
            lambda: m.tobytes(1), lambda: memoryview(5), lambda: memoryview("str"),
            lambda: m[1.5], lambda: len(m.cast("B", [])), lambda: list(g),
            lambda: memoryview(bytearray(1)).cast("B", [])[0]]:
    try:
        r = bad()
        print("ok", r)
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
z = memoryview(bytearray(b"\x05")).cast("B", [])
print(z.ndim, z.shape, z.strides, z[()], z.tolist(), z[...] is z, len(z))
with memoryview(bytearray(b"ab")) as w:
    w[0] = 65
    print(w.obj, w.obj is w.obj)
for op in [lambda: w[0], lambda: len(w), lambda: w.tobytes(), lambda: w.format,
           lambda: w.cast("B"), lambda: memoryview(w), lambda: w.__enter__()]:
    try:
        op()
    except ValueError as e:
        print(e)
print(repr(w).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
w.release()
print(w == w, w == m, memoryview(memoryview(b"qq")).obj)
print(b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"z")), b"x" + memoryview(b"y"))
print(int.from_bytes(memoryview(b"\x01\x00"), "little"), str(memoryview(b"s"), "ascii"))
it = iter(memoryview(b"ab"))
print(type(it).__name__, next(it), list(it))
