# UTF-7, the codec registry (lookup, normalised names, aliases, search functions registered by
# the program) and codecs.encode/decode with their errors.
import codecs

for t in ["Hi Mom -☺-!", "A≢Α.", "日本語", "1 + 1 = 2", "~\\", "😀", "a-b+c"]:
    b = t.encode("utf-7")
    print(repr(t), b, b.decode("utf-7") == t)
for data in [b"+", b"+AGE", b"+AGEA", b"+AGF-", b"+!", b"\xff", b"a+2D3eAA-b", b"+2D3-"]:
    try:
        print(data, ascii(data.decode("utf-7")))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
    print("  ", ascii(data.decode("utf-7", "replace")))
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([c])) for c in b"a+AGEAYgBj-b"], dec.decode(b"", True))
print(codecs.utf_7_decode(b"a+AGE", "strict", False), codecs.utf_7_decode(b"a+AGE", "strict", True))

for name in ["UTF-8", "utf8", "U8", "Latin-1", "ISO-8859-1", "l1", "cp1252", "windows-1252",
             "UTF_16", "utf-16le", "ascii", "US-ASCII", "646", "  utf 8  ", "mac-roman",
             "koi8-r", "unicode-escape", "rot13", "undefined", "nonsense"]:
    try:
        info = codecs.lookup(name)
        print(repr(name), info.name, getattr(info, "_is_text_encoding", None))
    except LookupError as e:
        print(repr(name), "LookupError:", e)
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"))

def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
                                name="shout")
    if name == "broken":
        return ("not", "four")
    if name == "nottext":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)),
                                lambda b, errors="strict": (b, len(b)),
                                name="nottext", _is_text_encoding=False)
    if name == "returns_str":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)),
                                lambda b, errors="strict": (b, len(b)), name="returns_str")
    if name == "bad_tuple":
        return codecs.CodecInfo(lambda s, errors="strict": s,
                                lambda b, errors="strict": "x", name="bad_tuple")
    return None
codecs.register(search)
print("hello".encode("shout"), b"HELLO".decode("shout"), codecs.lookup("SHOUT").name)
print(codecs.encode("abc", "shout"), codecs.decode(b"ABC", "shout"))
calls = [lambda: codecs.lookup("broken"),
         lambda: "x".encode("nottext"),
         lambda: b"x".decode("nottext"),
         lambda: codecs.encode("x", "nottext"),
         lambda: "x".encode("returns_str"),
         lambda: b"x".decode("returns_str"),
         lambda: "x".encode("bad_tuple"),
         lambda: b"x".decode("bad_tuple"),
         lambda: "x".encode("no-such-codec"),
         lambda: codecs.register(42),
         lambda: codecs.lookup(42),
         lambda: "x".encode(42),
         lambda: "x".encode("utf-8", 42),
         lambda: b"x".decode(errors=42),
         lambda: codecs.utf_8_decode("str"),
         lambda: codecs.utf_8_encode(b"bytes"),
         lambda: codecs.utf_8_decode(b"x", 42),
         lambda: codecs.ascii_encode("x", "strict", 3),
         lambda: codecs.encode(b"abc", "utf-8"),
         lambda: codecs.decode("abc", "utf-8"),
         lambda: codecs.decode(b"\xff", "utf-8"),
         lambda: codecs.encode("abc", "rot13"),
         lambda: "abc".encode("rot13")]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
codecs.unregister(search)
try:
    "x".encode("shout")
except LookupError as e:
    print("after unregister:", e)
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82", "replace", True))
print(codecs.latin_1_decode(bytearray(b"\xe9")), codecs.ascii_decode(b"abc"), codecs.utf_8_encode("\xe9"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "cp1252"), str(b"\xff", "ascii", "replace"))
print(bytes("x€", "utf-16-le"), bytearray("é", "cp850"))
sr = codecs.StreamRecoder
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print(list(codecs.iterdecode([b"\xff\xfe", b"a\x00", b"b", b"\x00"], "utf-16")))
print(list(codecs.iterencode(["a", "b"], "utf-16-be")))
