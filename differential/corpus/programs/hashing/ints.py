values = [0, 1, -1, -2, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63,
          2 ** 64, -(2 ** 61), -(2 ** 64), 10 ** 20, -(10 ** 20), 10 ** 100, 2 ** 1000, -(3 ** 300)]
for v in values:
    print(v if abs(v) < 10 ** 25 else f"<{v.bit_length()} bits>", hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2))
M = 2 ** 61 - 1
print(all(hash(v) == (v % M if v >= 0 else -((-v) % M)) or hash(v) == -2 for v in values if v != -1))
print({hash(n) for n in range(10)} == set(range(10)))
print(hash(2 ** 61 - 1) == 0, hash(-(2 ** 61 - 1)) == 0, hash(2 ** 122 - 1))
print([hash(-n) for n in range(1, 5)], hash(-(2 ** 61 - 1) - 1))
