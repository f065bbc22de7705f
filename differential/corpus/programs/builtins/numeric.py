print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 20))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(3, 200, 7), pow(-2, 3), pow(base=2, exp=3, mod=5))
print(round(3.14159, 3), round(2.5), round(-1.5), round(1e20), round(123.456, -1), round(5))
print(sum([1, 2, 3]), sum([1.5, 2.5], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([]))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), sum((x for x in range(4))))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0), hex(2 ** 70))
for bad in [lambda: abs("x"), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 4),
            lambda: round("x"), lambda: round(1.5, "x"), lambda: bin(1.5), lambda: hex("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
