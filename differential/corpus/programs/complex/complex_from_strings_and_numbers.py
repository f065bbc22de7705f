print(complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -0.5), complex(1j, 1))
print(complex(real=3), complex(imag=4), complex(), complex(-0.0), complex(0, -0.0))
print(complex(10 ** 20), complex(10 ** 20, 1), complex(float("inf"), float("nan")))
try:
    complex(10 ** 400)
except OverflowError as e:
    print(e)
for text in ["3", "3.5", "-2j", "+1-1j", "1e-3j", "  (1+1j)  ", "infj", "-inf+nanj", "1_000j"]:
    print(repr(text), complex(text))
for bad in ["1+2", "1 + 2j", "j", "1jj", "--1j", "(1+1j", "1+1j)"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
print(complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
