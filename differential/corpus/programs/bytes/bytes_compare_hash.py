a = b"apple"
print(a == b"apple", a == "apple", a == bytearray(b"apple"), bytearray(b"x") == b"x", a != "apple")
print(a < b"b", b"Z" < b"a", b"ab" < b"abc", b"" < b"\x00", sorted([b"b", b"A", b"a", b"\xff"]))
print(hash(b"") == hash(b""), {b"k": 1}[b"k"], b"k" in {b"k"}, len({b"a", bytes(b"a")}))
try:
    b"a" < "b"
except TypeError as e:
    print(e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(e)
print(b"abc"[0] == 97, b"abc"[0:1] == b"a", b"a" * 3, 3 * b"a", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"ab") + b"cd", type(bytearray(b"ab") + b"cd").__name__, bytes(bytearray(b"z")))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02"), list(reversed(b"abc")), b"abc".count(b""))
