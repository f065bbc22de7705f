# Positions from error handlers, the start and end of Unicode errors and charmap values are C
# integers in CPython: values too large for them raise instead of wrapping around.
import codecs


def attempt(label, f):
    try:
        print(label, "->", ascii(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for pos in (2**63, 2**64, -2**64, 2**100):
    codecs.register_error("tidy_huge_%d" % abs(pos), lambda e, pos=pos: ("?", pos))
    name = "tidy_huge_%d" % abs(pos)
    attempt("decode pos=%d" % pos, lambda: b"a\xffb".decode("utf-8", name))
    attempt("encode pos=%d" % pos, lambda: "a\udcffb".encode("ascii", name))
for value in (2**64, 2**63, -1, 0x10FFFF, 0x110000, 2**100):
    attempt("charmap_decode %d" % value,
            lambda: codecs.charmap_decode(b"a", "strict", {97: value}))
for value in (2**64, 255, 256, -2**64):
    attempt("charmap_encode %d" % value,
            lambda: codecs.charmap_encode("a", "strict", {97: value}))
for start, end in ((2**64, 1), (0, 2**63), (-2**63 - 1, 2), (1, 2)):
    attempt("UnicodeDecodeError(%d, %d)" % (start, end),
            lambda: str(UnicodeDecodeError("utf-8", b"abc", start, end, "bad")))
    attempt("UnicodeEncodeError(%d, %d)" % (start, end),
            lambda: str(UnicodeEncodeError("ascii", "abc", start, end, "bad")))
    attempt("UnicodeTranslateError(%d, %d)" % (start, end),
            lambda: str(UnicodeTranslateError("abc", start, end, "bad")))
