# type() checks its name and docstring as CPython keeps them (UTF-8, no NUL), copies an
# OrderedDict namespace in its order, and takes as __base__ the base with the most derived
# layout; vars() reads a __dict__ property; a module's __dir__ reads its __dict__ attribute.
import collections
import pickle
import types
import warnings


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: type("A\x00B", (), {}))
show(lambda: type("A\udcdcB", (), {}))
show(lambda: type("A", (), {"__doc__": "x\udcdcy"}))
C = type("C", (), {})


def rename(v):
    C.__name__ = v


show(lambda: rename("A\x00B"))
show(lambda: rename("A\udcdcB"))
print(C.__name__)
od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(list(type("D", (), od).__dict__.items())[:2])


class B:
    pass


E = type("E", (B, int), {})
print(E.__base__, E.__bases__, E(7) + 1)


class WithProperty:
    __dict__ = property(lambda self: {"a": 2})


print(vars(WithProperty()))


class Mod(types.ModuleType):
    __dict__ = 8


show(lambda: dir(Mod("m")))


class NoClass:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = 1


print(dir(NoClass()))
for strict in (False, True):
    z = zip((1, 2), (3, 4, 5), strict=strict)
    z2 = pickle.loads(pickle.dumps(z))
    show(lambda: list(z2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    print([(x.category.__name__, str(x.message)) for x in w])
print(compile(memoryview(b"1 + 1"), "<m>", "eval").co_filename)
print(eval(memoryview(b"6 * 7")))
print(int.bit_count.__doc__.splitlines()[0])
