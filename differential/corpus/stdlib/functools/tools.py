# functools: caching, partials, reduce, total_ordering, singledispatch, wraps, cached_property.
import functools
from functools import lru_cache, partial, reduce, total_ordering, singledispatch, wraps, cache, cmp_to_key


@lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(5))


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits)
base2 = partial(int, base=2)
print(base2("1011"), base2.func, base2.args, base2.keywords, repr(partial(max, 1, key=abs)))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), Version(1) >= Version(0, 9), Version(2) <= Version(1), max(vs))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(3), describe("s"), describe([1, "a", [2]]), describe(True))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return ("logged", fn(*args, **kwargs))
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


class Calc:
    @functools.partialmethod
    def _op(self, x, y, op):
        return op(x, y)

    def apply(self, x, y):
        return x + y

    double = functools.partialmethod(apply, 2)


print(Calc().double(5))
