# Every standard error handler, handlers registered by the program, and the exceptions codecs
# raise, across several codecs.
import codecs

text = "a\xe9\u20ac\U0001f600\udcff\ud800z"
for enc in ["ascii", "latin-1", "utf-8", "cp1252", "iso8859_7"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                   "namereplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "fails:", e.start, e.end, e)

data = b"a\xe9\x80\xff\xed\xa0\x80z"
for enc in ["ascii", "utf-8", "cp1252", "cp1253"]:
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "fails:", e.start, e.end, e)
    for errors in ["xmlcharrefreplace", "namereplace"]:
        try:
            data.decode(enc, errors)
        except Exception as e:
            print(enc, errors, type(e).__name__, e)

print(ascii(b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))

seen = []
def skip_two(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    return ("[%s]" % exc.object[exc.start:exc.end].__class__.__name__, exc.end + 1)
codecs.register_error("test.skip_two", skip_two)
print("a\xe9bc\u20acde".encode("ascii", "test.skip_two"))
print(b"a\xffbc\xfede".decode("utf-8", "test.skip_two"))
print(seen)

def as_bytes(exc):
    return (b"<?>", exc.end)
codecs.register_error("test.bytes", as_bytes)
print("x\u20acy".encode("latin-1", "test.bytes"), "x\u20acy".encode("utf-16-le", "test.bytes"))
print("x\ud800y".encode("utf-8", "test.bytes"))

def back(exc):
    return ("!", -1)
codecs.register_error("test.back", back)
print(b"\xffab".decode("ascii", "test.back"))

def wrong(exc):
    return "nope"
codecs.register_error("test.wrong", wrong)
for call in [lambda: "\u20ac".encode("ascii", "test.wrong"),
             lambda: b"\xff".decode("ascii", "test.wrong"),
             lambda: "\u20ac".encode("ascii", "no.such.handler"),
             lambda: codecs.lookup_error("no.such.handler"),
             lambda: codecs.register_error("x", 42),
             lambda: codecs.strict_errors(ValueError("plain")),
             lambda: codecs.strict_errors("text"),
             lambda: codecs.replace_errors(ValueError("v")),
             lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError("utf-8", b"x", 0, 1, "r"))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

def out_of_range(exc):
    return ("", 100)
codecs.register_error("test.far", out_of_range)
try:
    "\u20ac".encode("ascii", "test.far")
except IndexError as e:
    print("IndexError", e)

def non_ascii(exc):
    return ("\xe9", exc.end)
codecs.register_error("test.nonascii", non_ascii)
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le"]:
    try:
        print(enc, "\u20ac\ud800".encode(enc, "test.nonascii"))
    except UnicodeEncodeError as e:
        print(enc, "fails:", e)

e = UnicodeEncodeError("ascii", "ab\u20ac", 2, 3, "ordinal not in range(128)")
print(codecs.replace_errors(e), codecs.backslashreplace_errors(e), codecs.namereplace_errors(e))
print(codecs.xmlcharrefreplace_errors(e), codecs.ignore_errors(e))
d = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid start byte")
print(codecs.replace_errors(d), codecs.backslashreplace_errors(d), ascii(codecs.lookup_error("surrogateescape")(d)))
t = UnicodeTranslateError("ab\u20ac", 2, 3, "no")
print(codecs.replace_errors(t), codecs.backslashreplace_errors(t), codecs.ignore_errors(t))
print(str(e), str(d), str(t), sep="\n")
print(codecs.lookup_error("namereplace"), codecs.lookup_error("surrogatepass"))
print("\u20ac\u0100\x00\uffff".encode("ascii", "namereplace"))
