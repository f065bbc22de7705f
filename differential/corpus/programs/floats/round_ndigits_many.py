# round(x, n) for many floats and digit counts: ties that the binary value hides (2.675 is
# 2.67499999...), halves that are exact (0.125), values near the integer limit of a double,
# negative zero, and digit counts past what a double holds.
import random
import struct
import zlib

rng = random.Random(20261128)
samples = [2.675, 0.125, 0.375, -0.125, 1.005, 2.5, 3.5, -2.5, 0.5, 1.5, 1e15 + 0.5,
           4503599627370495.5, 9007199254740993.0, 123456.7890123, -0.0, 0.0, 5e-324,
           1.7976931348623157e308, 0.1 + 0.2, 1 / 3, -1 / 3, 2 ** 52 + 0.5, 1e22, 1e-22]
for _ in range(4000):
    e = rng.randint(-12, 18)
    samples.append(rng.uniform(-1, 1) * 10.0 ** e)
for _ in range(2000):
    # decimal halves at some digit, the cases a product's rounding could hide
    d = rng.randint(0, 8)
    samples.append((rng.randint(-10 ** 8, 10 ** 8) + 0.5) / 10 ** d)

crc = 0
shown = []
for x in samples:
    for n in (0, 1, 2, 3, 5, 8, 12, 15, 17, 20, 22, 23, 30, -1, -3):
        r = round(x, n)
        crc = zlib.crc32(struct.pack("<d", r), crc)
        if len(shown) < 60 and x in samples[:24]:
            shown.append((x, n, r))
for x, n, r in shown:
    print(repr(x), n, repr(r))
print("checksum", crc)
print(round(-0.4, 0), round(-0.0, 3), round(0.5, 0), round(1.5, 0), round(2.5, 0))
print(round(1e300, 5), round(float("inf"), 2), round(float("nan"), 2))
try:
    round(1e308, -308)
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print("OverflowError", e)
