print(int(), int(42), int(-3.99), int(3.99), int("  17  "), int("-0"))
print(int("1_000"), int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0))
print(int("0b101", 0), int("z", 36), int("Z", 36), int("10", 2), int("+12"))
print(int(True), int(False), int("٣"), int(b"42"), int(bytearray(b"7")))
for bad in ["", "1.5", "abc", "1__0", "_1", "0x", " ", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
for bad, base in [("12", 1), ("12", 37), ("9", 8), ("010", 0)]:
    try:
        int(bad, base)
    except ValueError as e:
        print(repr(bad), base, "->", e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
class WithIndex:
    def __index__(self):
        return 9
class WithInt:
    def __int__(self):
        return 11
print(int(WithInt()), bin(WithIndex()), hex(WithIndex()))
print(int("1" * 50))
