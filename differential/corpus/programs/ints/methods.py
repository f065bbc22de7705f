n = 1234
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\xd2", "big"), int.from_bytes(b"\xd2\x04", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-7).conjugate(), (5).real, (5).imag)
print((5).numerator, (5).denominator, (255).__index__(), int.__name__)
print((42).__round__(), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 3), round(15, -1), round(25, -1), round(7, -5))
print((17).__floordiv__(5), (17).__mod__(5), (17).__rfloordiv__(100), (3).__pow__(3, 5))
print((5).__add__(1.0), (5).__radd__(2), (2).__truediv__(4))
print(int.__add__(3, 4), int.__neg__(3), int.__abs__(-9), int.__bool__(0))
print(isinstance(True, int), issubclass(bool, int), type(3).__name__)
print(hash(7), hash(-7), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 62)))
