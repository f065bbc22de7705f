# A function's __name__ and __qualname__ are the same str object each time they are read, and
# the very object assigned; functools.wraps copies them so.
import functools


def f():
    pass


print(f.__name__ is f.__name__, f.__qualname__ is f.__qualname__)


@functools.wraps(f)
def wrapper():
    pass


print(wrapper.__name__ is f.__name__, wrapper.__qualname__ is f.__qualname__)
name = "".join(["re", "named"])
f.__name__ = name
print(f.__name__ is name, f.__name__)


class S(str):
    pass


f.__qualname__ = S("q")
print(type(f.__qualname__).__name__, f.__qualname__)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
