def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
def digits(n, base=10):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1] or [0]
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
def isqrt(n):
    x, y = n, (n + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(gcd(48, 18), gcd(-48, 18), gcd(0, 0), lcm(4, 6), lcm(21, 6))
print(digits(1234), digits(255, 16), digits(0), digits(2 ** 64, 2 ** 16))
print([n for n in range(70) if is_pow2(n)], isqrt(2 ** 100), isqrt(2 ** 101), isqrt(99))
print(sum(digits(2 ** 100)), int("".join(map(str, digits(987654321)))[::-1]))
print([x for x in range(1, 30) if gcd(x, 30) == 1], len([x for x in range(1, 1001) if gcd(x, 1000) == 1]))
tri = [n * (n + 1) // 2 for n in range(1, 15)]
print(tri, [t for t in tri if isqrt(t) ** 2 == t])
