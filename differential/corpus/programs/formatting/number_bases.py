for n in [0, 1, 7, 8, 255, 256, 4095, -1, -255, 2 ** 32, 10 ** 10]:
    print(f"{n:>12} {n:>14b} {n:>12o} {n:>10x} {n:>10X} {n:#10x} {n:#12o}")
print(f"{255:08b}", f"{255:_b}", f"{2 ** 20:_x}", f"{2 ** 20:,}", f"{-42:#b}", f"{42:#08x}")
print(format(10, "b").zfill(8), int(format(10, "b"), 2), int("0b1010", 0), int("ff", 16), int("777", 8))
print("%x %X %o %#x %#X %#o" % (3054, 3054, 3054, 3054, 3054, 3054))
print([f"{c:c}" for c in range(65, 71)], f"{0x1F600:c}", f"{97:c}".upper())
try:
    f"{1.5:x}"
except ValueError as e:
    print(e)
try:
    f"{-1:c}"
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
