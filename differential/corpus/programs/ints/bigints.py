f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // 10 ** 20, f % 10 ** 20, -f // 7, -f % 7)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(3 ** 500)[-20:])
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a, divmod(-b, a))
print(a ** 3, pow(a, b, 10 ** 9 + 7), pow(2, 10 ** 18, 97))
print(-a >> 40, a << 70, a & b, a | b, a ^ b, ~a)
print(abs(-a), (-a).bit_length(), a.bit_count())
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(int(str(a) * 3) // a)
print(a / b, b / a, 2 ** 200 / 2 ** 199)
fib = [0, 1]
while len(fib) < 200:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[150] % 1000003)
print(sum(range(10 ** 6)) * 10 ** 30)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 2 ** 63 - 1, -(2 ** 63))
