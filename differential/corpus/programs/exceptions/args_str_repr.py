for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"),
          KeyError(), KeyError(1, 2), IndexError(5), OSError(2, "No such file"),
          OSError(2, "No such file", "f.txt"), OSError("just text"), StopIteration(7),
          SystemExit(3), UnicodeError("u"), AttributeError("attr")]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = AttributeError("msg", name="nm", obj=5)
print(e.name, e.obj, e.args)
n = NameError("nm", name="x")
print(n.name, str(n))
x = Exception("base")
x.args = ("changed", 1)
print(str(x), repr(x))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(UnicodeEncodeError("ascii", "é", 0, 1, "no")), ImportError("m", name="mod").name)
