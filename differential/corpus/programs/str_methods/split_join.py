s = "  a,b,,c  d  "
print(s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(" "), s.split(maxsplit=1))
print("a b  c".split(None, 1), "a b  c".rsplit(None, 1), "".split(), "".split(","), "x".split("x"))
print("1\n2\r\n3\r4\x0b5\x1c6\u20287\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), ", ".join(map(str, range(4))))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    "a".partition("")
except ValueError as e:
    print(e)
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "x\ty".expandtabs(0))
print("1,2,3".split(",", -1), "1,2,3".split(",", 0), "  x  ".split(" ", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"))
