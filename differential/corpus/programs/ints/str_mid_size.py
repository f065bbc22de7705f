# str() of ints from 60 to 2100 bits (the sizes converted nine digits a pass) and around the
# word and power-of-ten edges, negative and positive, against CPython.
import random
r = random.Random(7)
vals = [0, 1, -1, 10**9, 10**9 - 1, 10**18, -10**18, 2**63, -2**63, 2**64 - 1, 2**64, 10**100, -(10**100) + 1, 2**2048 - 1, 2**2047, -(2**2048), 10**616, 10**617]
for bits in range(60, 2100, 7):
    for k in range(3):
        v = r.getrandbits(bits) * r.choice((1, -1))
        vals.append(v)
        vals.append(v // 10**r.randint(0, 9) * 10**r.randint(0, 30))
import zlib
print(zlib.crc32("|".join(str(v) for v in vals).encode()), len(vals))
print(str(10**200), str(-(2**700)))
print(str(2**2048 + 12345)[-20:], repr(-(10**300)))
