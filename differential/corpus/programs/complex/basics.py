z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(1j, -1j, 0j, complex(), complex(2), complex(2, -3), complex("1+2j"), complex(" -3.5j "))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2, 2 ** (1j) == 2 ** 1j)
print((1 + 2j) + 1, 1.5 - 1j, 2 * (1 + 1j), 1 / 1j, 0j ** 0)
print(complex(1, 0) == 1, 1j == 1j, 1 + 0j == 1.0, (1 + 0j) != 1)
print(complex(float("inf"), 1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e300, 1e-300))
print(hash(1 + 0j) == hash(1), hash(2j), hash(3 + 4j), hash(complex(-1, -1)))
print(bool(0j), bool(1j), complex("inf+nanj"), complex(1, 2).__class__.__name__)
print(f"{1+2j}", f"{1.5+2.25j:.2f}", format(3 - 4j, ">16"), format(1j, ""), f"{2j:e}")
for bad in ["1+", "j1", "1 + 2j", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for op in ["1j < 2j", "1j // 2", "1j % 2", "int(1j)", "float(1j)", "1 / 0j", "round(1j)"]:
    try:
        print(eval(op))
    except (TypeError, ZeroDivisionError) as e:
        print(op, "->", type(e).__name__, e)
