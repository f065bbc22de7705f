s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("utf-16-le")[:6], s.encode("utf-32-be")[:8], "€".encode("cp1252"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    b"\xff\xfe\x00abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("ascii", "surrogateescape") == "a\udcffb")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("abc".encode("utf_8"), "abc".encode("UTF8"), "abc".encode(encoding="ascii"), str(b"ab", "ascii"))
print(bytes("é", "utf-8"), bytearray("é", "latin-1"), "é".encode("utf-8").hex())
try:
    str(b"\xe9", "ascii")
except UnicodeDecodeError as e:
    print(e)
