print(str.count, str.split.__name__, "abc".upper.__qualname__, str.__name__)
print("abc".__class__, type("").__mro__)
print(sorted(m for m in dir(str) if not m.startswith("_"))[:10])
print(len([m for m in dir(str) if not m.startswith("_")]))
print("abc" "def" == "abcdef", "a" < "B", "abc".__hash__() == hash("abc"))
print("%s-%s" % ("a", "b"), "x".__str__(), "x".__repr__(), "x".__format__(">3"))
print("é".encode("idna") if False else "no idna", "abc".isascii(), "é".isascii())
print(ord(max("Hello World")), "".join(sorted("hello", reverse=True)))
print("a,b".split(",") + ["c"], "abc"[1:] + "abc"[:1], "abc"[::-1] == "cba")
print("{:s}".format("x"), str(str), str(type), repr(str("x")))
s = "abc"
t = s
t += "d"
print(s, t, s is not t)
print("A".__lt__("a"), "b".__le__("b"), "a".__ne__("b"), "x".__eq__(1))
