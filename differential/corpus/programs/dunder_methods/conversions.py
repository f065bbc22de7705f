class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __index__(self):
        return 3
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 9
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __bool__(self):
        return False
    def __bytes__(self):
        return b"bytes!"
    def __format__(self, spec):
        return f"fmt[{spec}]"
n = Num()
print(int(n), float(n), complex(n), bin(n), round(n), round(n, 2), bool(n), bytes(n), f"{n:x}")
print([0, 1, 2, 3, 4][n], "abcd"[n], hex(n))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()) if False else "float needs __float__ or __index__")
print(float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
