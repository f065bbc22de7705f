texts = ["ascii", "café", "naïve résumé", "日本語", "emoji 😀", "mixed ß ü ø", "\x00\x7f"]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    print(repr(t), len(t), len(u8), len(u16), u8[:12], u8.decode() == t, u16.decode("utf-16-le") == t)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "é".encode("cp1252"), "€".encode("cp1252"))
print("abc".encode("utf-32")[:4], "abc".encode("utf-16")[:2], len("abc".encode("utf-32")))
for enc in ["ascii", "latin-1", "utf-8"]:
    try:
        print(enc, "日本".encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "fails:", e.reason, e.start, e.end)
print(b"\xc3\xa9".decode("utf-8"), b"\xc3".decode("utf-8", "replace"), b"\xe6\x97".decode("utf-8", "ignore") == "")
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xf0\x9f\x98".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(bytes.fromhex("e6 97 a5").decode(), "é".encode("utf-8").hex(" "), list("A".encode("utf-16-be")))
