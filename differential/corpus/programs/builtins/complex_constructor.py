# complex() as CPython's complex_new: strings, numbers, __complex__/__float__/__index__, keywords
class F:
    def __float__(self): return 2.5
class Cx:
    def __complex__(self): return 3j
class BadC:
    def __complex__(self): return 1
class I:
    def __index__(self): return 7
cases = ["1+2j", " (1-2j) ", "j", "-j", "1e3j", "inf", "nan+nanj", "1_0+2_0j", "(1+2j", "1+", "",
         "  ", "1 + 2j", "\u0661+\u0662j", 5, 2.5, True, 1j, F(), Cx(), I(), None, [1], b"1"]
for c in cases:
    try:
        print(repr(c) if not isinstance(c, (F, Cx, I)) else type(c).__name__, "->", complex(c))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for a, b in [(1, 2), (1j, 1j), ("1", 2), (1, "2"), (F(), 1), (1, Cx()), (2.5, F()), (1j, 2), (I(), 1)]:
    try:
        print(complex(a, b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in [dict(real=1, imag=2), dict(imag=3), dict(real="1"), dict(x=1)]:
    try:
        print(complex(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try: complex(BadC())
except TypeError as e: print(e)
class MyC(complex): pass
print(type(MyC(1, 2)).__name__, MyC(1, 2), complex(MyC(3)), type(complex(MyC(3))).__name__)
print(complex(1, 2, ) == 1+2j, complex(-0.0, -0.0), complex("-0-0j"))
