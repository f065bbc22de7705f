a, b = 2 + 3j, 1 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1, a == 2 + 3j, a != b)
print((1 + 1j) ** 8, (0 + 1j) ** 0.5, 1j ** 1j, (-1) ** 0.5, (-8) ** (1 / 3))
print(abs(1 + 1j), abs(-3j), abs(complex(-5, 12)), (3 + 4j).conjugate(), -(0j))
print(a.real * b.imag - a.imag * b.real, complex(a.real, -a.imag) == a.conjugate())
print(sum([1j, 2j, 3]), [z.real for z in (1 + 2j, 3.5j)], sorted([3 + 1j, 1 + 5j], key=abs))
print(complex(1, 2) * 0, 0j * float("inf") if False else "skip", 2j / 2, (4 + 2j) / 2)
try:
    a // b
except TypeError as e:
    print(e)
try:
    a % b
except TypeError as e:
    print(e)
try:
    divmod(a, b)
except TypeError as e:
    print(e)
try:
    (1 + 1j) ** (10 ** 10)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2j, 3), pow(1 + 1j, 2, None) if True else None)
