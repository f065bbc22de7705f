# A generator does not keep its caller's exception once its own except clause ends; exception
# fields reset by __init__, copy and pickle of ImportError, SyntaxError's detail checks, and a
# __getattr__'s bare AttributeError getting a suggestion.
import copy
import pickle
import sys
import traceback


def g():
    try:
        raise ValueError
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()


gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))

exc = ImportError("test", name="name", path="path")
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
orig = ImportError("test", name="somename", path="somepath")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(orig, proto))
    print(proto, e.args, e.msg, e.name, e.path)
for c in (copy.copy, copy.deepcopy):
    e = c(orig)
    print(e.args, e.msg, e.name, e.path)

for details in (("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abc", 1)):
    try:
        SyntaxError("bad bad", details)
    except TypeError as e:
        print(e)

err = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range")
print(repr(err.object))
e = ValueError()
e.__dict__ = {"a": 1}
print(e.a)
try:
    del e.__dict__
except TypeError as x:
    print(x)


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError


try:
    A().bluch
except AttributeError as x:
    print(x.name, type(x.obj).__name__)
    print(traceback.format_exception_only(type(x), x)[-1], end="")
