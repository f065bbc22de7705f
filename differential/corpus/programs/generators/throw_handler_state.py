# A generator suspended inside its own except clause keeps the exception it handles
# (sys.exc_info(), a bare raise) across yields, whatever its caller handles meanwhile.
import sys


def handler_gen():
    try:
        print("start", sys.exc_info()[0])
        yield 1
    except Exception as exc:
        print("caught", type(exc).__name__, sys.exc_info()[0].__name__, exc.__context__)
        yield 2
        print("still", sys.exc_info()[0].__name__)
        yield 3
        raise


g = handler_gen()
next(g)
try:
    raise ValueError("v")
except ValueError as e:
    print(g.throw(e))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised", e, e.__context__)
print(sys.exc_info())


def caller_sees():
    print("in gen", sys.exc_info()[0].__name__)
    yield


try:
    raise KeyError("k")
except KeyError:
    next(caller_sees())


class Bad(Exception):
    def __new__(cls, *args):
        return cls


def boring():
    yield


b = boring()
try:
    b.throw(Bad)
except TypeError as e:
    print("TypeError:", e)
print(list(b))


def catching():
    try:
        yield
    except TypeError as e:
        print("inside:", e)


c = catching()
next(c)
try:
    c.throw(Bad)
except StopIteration:
    print("stopped")

try:
    c.throw(ValueError, "x", 23)
except TypeError as e:
    print(e)
