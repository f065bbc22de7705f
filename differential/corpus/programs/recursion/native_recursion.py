# Recursions that run through the object protocol alone, without Python frames in between,
# end in RecursionError quickly, with CPython's messages.
import sys


def attempt(name, f):
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))


class Foo:
    pass


Foo.__repr__ = Foo.__str__
attempt("str as repr", lambda: str(Foo()))
attempt("repr as str", lambda: repr(Foo()))


class A:
    pass


A.__call__ = A()
attempt("__call__ instance", lambda: A()())

nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested list repr:", e)

other = []
for i in range(100000):
    other = [other]
try:
    nested == other
except RecursionError as e:
    print("nested list ==:", e)

d = {}
for i in range(100000):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print("nested dict repr:", e)

classes = int
for i in range(100000):
    classes = (classes,)
try:
    isinstance(1, classes)
except RecursionError as e:
    print("isinstance:", e)
try:
    issubclass(int, classes)
except RecursionError as e:
    print("issubclass:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class WithCheck(metaclass=Meta):
    pass


attempt("__instancecheck__", lambda: isinstance(1, WithCheck))


# the count goes back down afterwards: the same recursion fails at the same depth again
def depth_reached():
    n = 0

    def down():
        nonlocal n
        n += 1
        down()
    try:
        down()
    except RecursionError:
        pass
    return n


first = depth_reached()
attempt("again", lambda: repr(nested))
print(depth_reached() == first)

# a limit set higher than the Java stack holds still ends in RecursionError, not a crash
old = sys.getrecursionlimit()
sys.setrecursionlimit(200000)
try:
    def deep(n):
        return deep(n + 1) + 1
    try:
        deep(0)
    except RecursionError:
        print("deep: RecursionError")
finally:
    sys.setrecursionlimit(old)
print(depth_reached() == first)
