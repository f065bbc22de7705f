# str.translate with the tables programs pass: str.maketrans tables, dicts of code points to
# strs, ints and None, mappings of their own whose __getitem__ raises LookupError, and tables
# whose answers leave the ASCII range part-way through a string.
table = str.maketrans("abc", "xyz", "!")
print("a b c! abc!!".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("hello".translate({104: 72, 101: "EE"}))
print("caf\u00e9 na\u00efve".translate({0xe9: "e", 0xef: "i"}))
print("abc".translate({97: "\u03b1", 98: 0x3b2}))
print("a\U0001f600b".translate({0x1f600: ":)"}))
print("plain".translate({}))
print("".translate(table))


class Counting:
    def __init__(self):
        self.calls = []

    def __getitem__(self, k):
        self.calls.append(k)
        if k == ord("z"):
            raise IndexError(k)
        if k == ord("q"):
            return None
        return k + 1


m = Counting()
print("aazaqba".translate(m), m.calls)
m = Counting()
print("\u00e9aza".translate(m), m.calls)


class Missing(dict):
    def __missing__(self, k):
        return "?"


print("abc".translate(Missing({97: "A"})))

for bad in ({97: 1.5}, {97: -1}, {97: 0x110000}):
    try:
        "abc".translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Boom:
    def __getitem__(self, k):
        raise KeyError if k == 98 else RuntimeError("boom")


try:
    "ab".translate(Boom())
except RuntimeError as e:
    print("RuntimeError", e)
print("ba".translate({97: True}) == "b\x01")
print("isascii", "abc".isascii(), "ab\u00e9".isascii(), "".isascii(), ("x" * 1000).isascii())
print(ascii("a\x7fb".translate({97: 0x7f})), ascii("\x7f~".translate({})), ascii("x".translate({120: "\x7f"})))
import re
print(ascii(re.escape("".join(chr(i) for i in range(128)))))
print(re.escape(bytes(range(120, 128))))
