b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), bytes(3), bytes([65, 66]))
print(b"ab" + b"cd", b"ab" * 3, b"l" in b, 108 in b, b"xyz" not in b, b == b"hello\x00\xff")
print(bytes("é", "utf-8"), bytes(range(5)), bytes.fromhex("de ad BE EF"), b"\xde\xad".hex())
print(b"abc".hex("-"), b"abcdef".hex(":", 2), bytes(b"copy"), bytes(memoryview(b"mv")))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), str(b"x"))
print(b"a,b,,c".split(b","), b" x y ".split(), b"-".join([b"a", b"b"]), b"abc".upper())
print(b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".count(b"l"), b"x".center(5, b"*"))
print(b"abc".startswith(b"a"), b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"Ab".swapcase())
print(b"%d-%s" % (1, b"x"), b"abc".decode(), b"AbC".lower(), b"  x ".strip(), b"x\ny".splitlines())
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes(-1),
            lambda: bytes.fromhex("zz"), lambda: b"abc"[5], lambda: b"a".join(["b"])]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b"abc" < b"abd", b"" < b"a", max(b"xyz"), sorted(b"cab"), hash(b"abc") == hash(b"abc"))
