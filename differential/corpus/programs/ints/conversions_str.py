for n in [0, 7, -7, 10 ** 15, -(10 ** 15), 2 ** 100]:
    print(str(n), repr(n), hex(n), oct(n), bin(n)[:20], format(n, "e"))
print(int(str(-123456789)), int(repr(2 ** 99)) == 2 ** 99)
for text in ["0x1A", "0o777", "0b1111", "1_2_3", "-0x10"]:
    print(text, int(text, 0))
for base in range(2, 37, 5):
    print(base, int("11", base), int("1a"[:1 if base <= 10 else 2], base))
print(chr(65), ord("A"), chr(0x1F600) == "\U0001F600", ord("\u00e9"))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), type(round(2.5)).__name__)
print(int(1e20), int(-1e-5), int(2.0 ** 70), int(1.9999999999999999))
