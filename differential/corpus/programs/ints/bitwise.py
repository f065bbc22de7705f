a, b = 0b1100_1010, 0b0101_0110
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 10, -256 >> 4, -5 & 0xFF, -5 | 3, -5 ^ 3)
print(1 << 100, (1 << 100) >> 99)
for n in [0, 1, 5, 255, 256, -1, -255, 2 ** 64]:
    print(n, n.bit_length(), bin(n), oct(n), hex(n))
print((255).bit_count(), (-255).bit_count(), (0).bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True)
x = 0xF0
x &= 0x3C; print(x)
x |= 0x01; print(x)
x ^= 0xFF; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
