# Error handling of the CJK codecs: the standard handlers, a registered one, positions.
import codecs

bad = b"abc\x81\x20def\xff\x82"
for name in ["shift_jis", "cp932", "euc_jp", "gbk", "big5", "euc_kr", "johab"]:
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
        print(name, errors, ascii(bad.decode(name, errors)))
    try:
        bad.decode(name)
    except UnicodeDecodeError as e:
        print(name, "strict:", e)

text = "a\u00e9b\u20acc\U0001f600d"
for name in ["shift_jis", "gb2312", "euc_kr", "big5", "hz", "iso2022_jp"]:
    for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        print(name, errors, text.encode(name, errors))
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(name, "strict:", e)

calls = []
def record(exc):
    calls.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%s]" % "".join("U+%04X" % ord(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("test.cjk.record", record)
print("\u3042\u00e9\u3044\U00020b9f".encode("euc_jp", "test.cjk.record"))
print(b"\xa4\xa2\xff\xa4\xa4\xa4".decode("euc_jp", "test.cjk.record"))
print(calls)

# A handler may move backwards, or return bytes.
codecs.register_error("test.cjk.bytes", lambda exc: (b"\xff\xfe", exc.end))
print("x\u00e9y".encode("gbk", "test.cjk.bytes"))
seen = []
def back_once(exc):
    seen.append(exc.start)
    return ("?", exc.start + 1 if len(seen) > 1 else 0)
codecs.register_error("test.cjk.back", back_once)
print("\u00e9z".encode("big5", "test.cjk.back"), seen)
for pos in [100, -100]:
    codecs.register_error("test.cjk.far", lambda exc, pos=pos: ("", pos))
    try:
        "\u00e9".encode("cp949", "test.cjk.far")
    except IndexError as e:
        print("IndexError:", e)
