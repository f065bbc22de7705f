# str.splitlines on every line boundary CPython knows (\n \r \r\n \v \f \x1c-\x1e \x85
# \u2028 \u2029), with and without keepends, in strs with and without astral characters; a
# str without a boundary is its own only line (the same object for an exact str).
boundaries = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
              "\u2029"]
for b in boundaries:
    for text in ["a" + b + "b", b, b + b, "x" + b, b + "y", "\U0001f600" + b + "z",
                 "\ud800" + b + "q"]:
        print(repr(b), repr(text), text.splitlines(), text.splitlines(True),
              text.splitlines(keepends=True) == text.splitlines(True))
print("\r\r\n\n".splitlines(), "\r\r\n\n".splitlines(True), "".splitlines(), "abc".splitlines())
s = "no line break here " * 10
print(s.splitlines()[0] is s, len(s.splitlines()))


class S(str):
    pass


t = S("plain")
print(type(t.splitlines()[0]).__name__, t.splitlines()[0] is t)
print("a\u2028b\u0085c\x0bd".splitlines())
