print(bool(), int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset())
print(type(range(0)).__name__, type(slice(0)).__name__, type(memoryview(b"")).__name__, object().__class__.__name__)
for conv in [bool, int, float, complex, str, list, tuple, set, frozenset, bytes]:
    for value in ["", "1", [1], (2,), 0]:
        try:
            print(conv.__name__, repr(value), "->", repr(conv(value)))
        except (TypeError, ValueError) as e:
            print(conv.__name__, repr(value), "->", type(e).__name__)
print(callable(int), callable(int()), callable(str.upper), callable("".upper), callable(None))
print(int("  7\n"), float(" -2.5 "), complex(" 1+1j "), str(b"b", "ascii", "strict"), bytes("é", "utf-8"))
print(list(b"ab"), tuple({"k": 1}), set("aab") == {"a", "b"}, dict([("a", 1)]), frozenset(range(2)))
try:
    bytes("text")
except TypeError as e:
    print(e)
