# A builtin sequence's __mul__/__rmul__/__imul__ called directly with a count that is not an
# index raises TypeError (CPython's sq_repeat wrapper); the * operator still gives the other
# operand's __rmul__/__mul__ its turn first and ends with "can't multiply sequence by non-int".
import array
import collections


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except TypeError as e:
        print(label, "TypeError:", e)


samples = [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), array.array("b", [1, 2]),
           collections.deque([1, 2])]
for s in samples:
    name = type(s).__name__
    attempt(name + ".__mul__('x')", lambda: s.__mul__("x"))
    attempt(name + ".__rmul__(2.0)", lambda: s.__rmul__(2.0))
    if hasattr(s, "__imul__"):
        attempt(name + ".__imul__('x')", lambda: s.__imul__("x"))
    attempt(name + " * 'x'", lambda: s * "x")
    attempt("1.5 * " + name, lambda: 1.5 * s)
    attempt(name + " * 2", lambda: s * 2)


class Scale:
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)

    def __mul__(self, other):
        return ("mul", type(other).__name__)


class Index:
    def __index__(self):
        return 2


for s in samples:
    attempt(type(s).__name__ + " * Scale()", lambda: s * Scale())
    attempt("Scale() * " + type(s).__name__, lambda: Scale() * s)
    attempt(type(s).__name__ + " * Index()", lambda: s * Index())
    t = s
    try:
        t *= "x"
    except TypeError as e:
        print("*= 'x' TypeError:", e)
    t = s
    t *= Scale()
    print("*= Scale()", t)


class MyList(list):
    def __mul__(self, other):
        return "MyList.__mul__"


print(MyList([1]) * "x")
