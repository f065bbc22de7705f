# UTF-16 and UTF-32: byte-order marks, explicit byte orders, surrogate pairs, truncated input,
# the *_ex_decode functions and incremental decoding one byte at a time.
import codecs

texts = ["", "a", "héllo", "日本語", "emoji 😀 ok", "\U0010ffff\u0000"]
for t in texts:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = t.encode(enc)
        assert b.decode(enc) == t, (t, enc)
    print(repr(t), t.encode("utf-16"), t.encode("utf-32-be"))

print(b"\xfe\xff\x00a\x00b".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"))
print(repr(b"\xff\xfe".decode("utf-16")), repr(b"\xff\xfe\xff\xfe".decode("utf-16-le")))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00b", "strict", 0, False))
print(codecs.utf_16_ex_decode(b"a\x00", "strict", 0, True))
print(codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "strict", 0, True))
print(codecs.utf_16_le_decode(b"a\x00b", None, False))
print(codecs.utf_16_be_decode(b"\xd8\x3d\xde", None, False))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00", "strict", False))
print(codecs.utf_16_encode("ab", "strict", 1), codecs.utf_16_encode("ab", None, -1))
print(codecs.utf_32_encode("ab", "strict", 0))

bad = [
    (b"a\x00b", "utf-16-le"),
    (b"\x00\xd8a\x00", "utf-16-le"),
    (b"\x00\xdca\x00", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"),
    (b"\xd8\x00\xd8\x00", "utf-16-be"),
    (b"a\x00\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\x00\x00a\x00", "utf-32-be"),
]
for data, enc in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, "|", e)
    for errors in ["replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            print("  ", errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print("  ", errors, "fails:", e)

for enc in ["utf-16", "utf-16-le", "utf-32-be"]:
    try:
        "a\ud800b".encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason, "|", e)
    print("  ", "a\ud800b".encode(enc, "surrogatepass"), "a\ud800b".encode(enc, "replace"),
          "a\udcffb".encode(enc, "backslashreplace"))
    print("  ", ascii("a\ud800b".encode(enc, "surrogatepass").decode(enc, "surrogatepass")))

for enc in ["utf-16", "utf-32", "utf-16-be"]:
    data = "héllo 😀 wörld".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", True))
    print(enc, "".join(pieces), sum(1 for p in pieces if p))
    encoder = codecs.getincrementalencoder(enc)()
    out = b"".join(encoder.encode(c) for c in "abc")
    print(enc, out)
    encoder.reset()
    print(enc, encoder.encode("x"), encoder.getstate())

dec = codecs.getincrementaldecoder("utf-16")()
dec.decode(b"\xff")
try:
    dec.decode(b"", True)
except UnicodeDecodeError as e:
    print("final:", e)
