print(str(123), str(-4.5), str(1e100), str(2 ** 64), str(3 + 0j), str([1, "a"]), str(("x",)))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\x7f\x80\x9f\xa0"), repr("\u0085"))
print(ascii("naïve ☃"), ascii("\x00\t"), repr(str), str(str)[:13])
print(int("0042"), float("0042.50"), complex("1.5-2j"), bool("False"), list("ok"), tuple("ok"))
print(chr(9731), ord("☃"), hex(ord("☃")), "☃".encode(), "\u2603".encode("utf-16-be"))
print(str(b"bytes", "ascii"), str(bytearray(b"arr"), "utf-8"), str(memoryview(b"mv"), "ascii"))
print(format(12, "b"), format(0.5, "%"), "{:,}".format(10 ** 6), "%.3s" % "truncate")
print(str(object)[:15], repr(None), str(...), repr(NotImplemented), str(type(None)))
for value in [0, -0.0, 1e-7, 123456789012345678, float("nan"), None, True, "s", b"b", [], {}]:
    print(type(value).__name__, str(value), repr(value), len(str(value)))
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end)
