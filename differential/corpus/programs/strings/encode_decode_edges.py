# str.encode and bytes.decode with the codecs Krait handles itself (utf-8, utf-8-sig, ascii,
# latin-1) over the texts where a whole-text fast path could differ from Python: ASCII,
# Latin-1, BMP and astral text, lone surrogates (also two adjacent ones that look like a
# pair), the replacement character itself, and malformed input under each error handler.
texts = [
    "", "plain ascii " * 50, "caf\u00e9 na\u00efve \u00ff", "\u20ac \u4e2d\u6587 \uffff",
    "astral \U0001f600 \U00010080 end", "?", "question? marks?", "\ufffd in text \ufffd",
    "lone \ud800 high", "lone \udc80 low", "\ud800" + "\udc80", "x\udcff" * 3,
]
handlers = ["strict", "replace", "ignore", "surrogateescape", "surrogatepass",
            "backslashreplace", "xmlcharrefreplace"]
for t in texts:
    for codec in ("utf-8", "utf-8-sig", "ascii", "latin-1"):
        row = []
        for h in handlers:
            try:
                row.append(t.encode(codec, h))
            except UnicodeEncodeError as e:
                row.append("UEE %s %d-%d %s" % (e.encoding, e.start, e.end, e.reason))
            except LookupError as e:
                row.append("LookupError")
        print(repr(t[:20]), len(t), codec, row)

blobs = [
    b"", b"plain ascii " * 50, "caf\u00e9".encode(), "\U0001f600".encode(), b"\xef\xbb\xbfbom",
    "\ufffd".encode(), b"\xff\xfe", b"ok \xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xf0\x9f\x98", b"mixed \xe9 latin", b"\x80" * 3,
]
for b in blobs:
    for codec in ("utf-8", "utf-8-sig", "ascii", "latin-1"):
        row = []
        for h in handlers:
            try:
                row.append(b.decode(codec, h))
            except UnicodeDecodeError as e:
                row.append("UDE %s %d-%d %s" % (e.encoding, e.start, e.end, e.reason))
            except TypeError as e:
                row.append("TypeError: %s" % e)
        print(b[:20], len(b), codec, [ascii(x) for x in row])
print(bytearray(b"abc").decode(), memoryview(b"xyz").tobytes().decode("ascii"))
print(str(b"\xe9t\xe9", "latin-1"), str(b"caf\xc3\xa9", encoding="utf-8"))
