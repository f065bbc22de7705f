def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(items) and items[lo] == target else -1
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), [collatz(n) for n in range(1, 12)], collatz(27))
print(isqrt(10 ** 20), isqrt(99), [binary_search(list(range(0, 20, 2)), t) for t in (0, 8, 9, 18, 20)])
digits = []
n = 2 ** 100
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(sum(digits), len(digits))
