# complex: construction, arithmetic, division, powers, repr and format
print(complex(), complex(1), complex(1.5, -2), complex('1+2j'), complex(' (3-4j) '), complex('-j'))
print(complex(1j, 1j), complex(1 + 2j, 3), complex('1e3j'), complex(real=2, imag=3), complex(imag=1))

class C:
    def __complex__(self):
        return 5 + 6j

class F:
    def __float__(self):
        return 2.5

print(complex(C()), complex(F()), complex(F(), F()))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a == 3 + 4j, a != b)
print(a ** 2, a ** -1, a ** 0.5, 2 ** a, (1j) ** 2, (0j) ** 0, a ** b)
print(1 / (1e-320 + 1e-320j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j * 1j)
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), complex(float('inf'), float('nan')))
print(repr(1e20j), repr(1.5 + 1e-5j), complex(2, 0) == 2, 1j.real, 1j.imag)
print(format(a, ''), format(a, '.2f'), format(a, '>20'), format(a, '+.3e'), format(a, '^30.1f'), format(1j, 'g'))
print('{:10.2f}|{:<12}|{}'.format(1.5 - 2.25j, 1j, -0j))
cases = ["complex('1+')", "complex('1', 2)", "complex(1, '2')", "complex([])", "complex(1, [])",
         "1j / 0", "0j ** -1", "a < b", "(1e200 + 1e200j) ** 100", "abs(complex(1e308, 1e308))",
         "pow(a, 2, 3)", "complex('1_2j')", "complex('1__2j')", "int(a)", "float(a)",
         "complex(10 ** 400)", "format(a, '=10')", "format(a, '010')", "complex(C(), 1)"]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
