# sys.exc_info() and sys.exception() inside, after and around handlers and generators.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, repr(sys.exception()))
    try:
        raise TypeError("t")
    except TypeError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def gen():
    print("gen sees", repr(sys.exception()))
    yield 1
    print("gen sees", repr(sys.exception()))
    yield 2
g = gen()
try:
    raise KeyError("outer")
except KeyError:
    next(g)
next(g)
def inner():
    try:
        raise OSError("in gen")
    except OSError:
        yield repr(sys.exception())
        yield repr(sys.exception())
i = inner()
print(next(i))
print(repr(sys.exception()))
print(next(i))
try:
    raise ValueError("x")
except ValueError:
    pass
finally:
    print("finally", sys.exception())
try:
    try:
        raise ValueError("x")
    finally:
        print("finally during", repr(sys.exception()))
except ValueError:
    pass
