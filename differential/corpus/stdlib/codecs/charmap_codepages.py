# Single-byte code pages of the encodings package (charmap codecs), charmap_build's encoding
# maps, and charmap_encode/charmap_decode with dict mappings.
import codecs

sample = "Grüße, café — naïve “quotes” €5 ½"
for enc in ["cp1252", "cp1250", "cp437", "cp850", "iso8859_15", "iso8859_2", "mac_roman",
            "koi8_r", "cp1251", "latin_1", "cp037", "hp_roman8", "iso8859_5"]:
    b = sample.encode(enc, "replace")
    print(enc, codecs.lookup(enc).name, b, b.decode(enc))

print("Привет".encode("koi8_r"), "Привет".encode("cp1251"), b"\xf0\xd2\xc9".decode("koi8_r"))
print(bytes(range(128, 160)).decode("cp1252", "replace"))
print(bytes(range(160, 256)).decode("iso8859_7", "backslashreplace"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, "|", e)
try:
    "a\u4e00\u4e01b".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, "|", e)
print("a\u4e00\u4e01b".encode("cp1252", "xmlcharrefreplace"),
      "a\u4e00b".encode("cp437", "backslashreplace"),
      "a\u4e00b".encode("mac_roman", "namereplace"))

table = "".join(chr(c) for c in range(256))
m = codecs.charmap_build(table)
print(type(m).__name__, codecs.charmap_encode("abc\xff", "strict", m))
print(type(codecs.charmap_build("\u20acabc")).__name__, codecs.charmap_build("\u20acab"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"))
print(codecs.charmap_decode(b"\x00\x01\x05", "replace", "xyz"))
print(codecs.charmap_decode(b"abc", "strict", {97: "A", 98: 66, 99: "see"}))
print(codecs.charmap_decode(b"abc", "replace", {97: "A", 98: None}))
print(codecs.charmap_decode(b"abc", None, None))
print(codecs.charmap_encode("abc", "strict", {ord("a"): 1, ord("b"): b"BB", ord("c"): None, ord("?"): 63}) if False else "skip")
print(codecs.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"BB"}))
print(codecs.charmap_encode("abc", "replace", {ord("a"): 1, ord("?"): 63}))
print(codecs.charmap_encode("abc", "ignore", {ord("a"): 1}))
for mapping in [{97: 300}, {97: "x"}, {97: 1.5}]:
    try:
        codecs.charmap_encode("a", "strict", mapping)
    except TypeError as e:
        print("TypeError", e)
for mapping in [{97: -1}, {97: 1.5}, {97: 0x110000}]:
    try:
        codecs.charmap_decode(b"a", "strict", mapping)
    except TypeError as e:
        print("TypeError", e)
try:
    codecs.charmap_encode("abc", "replace", {ord("a"): 1})
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
dec = codecs.getincrementaldecoder("cp1252")()
print(dec.decode(b"caf"), dec.decode(b"\xe9", True))
print(codecs.getencoder("cp850")("Ünïcode"), codecs.getdecoder("cp850")(b"\x9a"))
