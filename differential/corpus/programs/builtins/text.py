print(ascii("plain"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["é", b"\xe9"]), ascii(1.5))
print(repr("x"), repr(b"x"), repr(None), repr([1, "a"]), repr({"k": (1,)}), repr(1e100))
print(chr(97), chr(0x263A), chr(0), ord("a"), ord("☺"), ord(b"a"), ord(bytearray(b"z")))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234, ","))
print(str(b"bytes"), str(b"ab", "ascii"), str(b"\xff", "latin-1"), str(object=5), str(encoding="utf-8", object=b"e"))
for bad in [lambda: chr(1.5), lambda: ord(""), lambda: ord(5), lambda: str(5, "utf-8"), lambda: format(1, 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(len("héllo"), len(b"h\xc3\xa9llo"), len([1, 2]), len({1: 2}), len(range(5)), len(""))
print(sorted("Banana"), sorted("Banana", key=str.lower), "".join(sorted(set("mississippi"))))
