for z in [1 + 1j, -1 - 1j, 0.5j, 1e20j, 1e-20 + 1j, complex(1, float("nan")),
          complex(float("-inf"), 0), complex(-0.0, -0.0), complex(0.0, -1), 1j ** 3]:
    print(repr(z), str(z))
print((2 + 3j).__add__(1), (2 + 3j).__radd__(1.5), (2 + 3j).__rsub__(10), (1j).__rtruediv__(2))
print(complex(complex(1, 2), complex(3, 4)), complex(1j, 1j), complex(real=1, imag=2))
print(pow(1j, 2), pow(2 + 0j, 10), abs(complex(3e200, 4e200)), (1 + 1j).__abs__())
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex(1, "2")
except TypeError as e:
    print(e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()), sorted([3, 1, 2], key=lambda n: (n * 1j).imag))
print([z.imag for z in (1j, 2j, 3j)], sum([1j, 2, 3.5]))
print(1j.imag.__class__.__name__, (1j).real, type(1j.real))
