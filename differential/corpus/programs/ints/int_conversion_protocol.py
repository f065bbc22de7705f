# int() and float() conversions: base checks, __int__/__index__/__float__ results, warnings.
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            print(type(r).__name__, r, [str(x.message)[:40] for x in w])
        except Exception as e:
            print(type(e).__name__, e, [str(x.message)[:40] for x in w])


class MyIndexable:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for base in (2**100, -2**100, 1, 37, MyIndexable(2), MyIndexable(36), 0):
    show(lambda: int('101', base))
show(lambda: int(memoryview(b'100'), 2))
show(lambda: int(memoryview(b'100')))


class BadIndex:
    def __index__(self):
        return True


class BadInt:
    def __int__(self):
        return True


class MyInt(int):
    def __int__(self):
        return 42


class Trunc:
    def __trunc__(self):
        return MyIndexable(7)


show(lambda: int(BadIndex()))
show(lambda: int(BadInt()))
show(lambda: int(MyInt(7)))
show(lambda: int(Trunc()))


class FloatSub(float):
    pass


class F:
    def __float__(self):
        return FloatSub(4.5)


class IntWithFloat(int):
    def __float__(self):
        return 42.0


show(lambda: float(F()))
show(lambda: float(IntWithFloat(3)))
show(lambda: float(MyIndexable(2**2000)))
show(lambda: 0 / -(2**80))
show(lambda: (-0.0) ** float('-inf'))
show(lambda: 0.0 ** -1.0)


class FSub(float):
    def __new__(cls, arg, newarg=None):
        return super().__new__(cls, arg)


class TInit(tuple):
    def __init__(self, arg, newarg=None):
        pass


class LNew(list):
    def __new__(cls, arg, newarg=None):
        return super().__new__(cls, arg)


show(lambda: FSub(2.5, newarg=3))
show(lambda: TInit([1, 2], newarg=3))
show(lambda: LNew([1, 2], newarg=3))
show(lambda: float(x=1.0))
show(lambda: tuple(iterable=()))
show(lambda: list(sequence=()))
show(lambda: float(1, 2))
