# Operators whose operands are locals or constants, and single comparisons used as if/while
# tests: the evaluator reads such operands in place and decides int comparisons without a
# bool, so this checks that subclasses, rich comparisons returning other objects, NaN,
# identity, membership and unbound locals still behave as CPython's.
import traceback


def show_exc():
    print(traceback.format_exc().replace(__file__, "FILE"), end="")


class MyInt(int):
    def __lt__(self, other):
        print("MyInt.__lt__", int(self), other)
        return NotImplemented

    def __gt__(self, other):
        print("MyInt.__gt__", int(self), other)
        return True

    def __add__(self, other):
        return "added"

    def __iadd__(self, other):
        return "iadded"

    def __eq__(self, other):
        return "equal?"

    __hash__ = int.__hash__


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool of", self.value)
        return self.value


class Weird:
    def __lt__(self, other):
        return Truthy(False)

    def __eq__(self, other):
        return Truthy(True)


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class ReturnsBad:
    def __le__(self, other):
        return BadBool()


def tests(a, b, c):
    if a < 5:
        print("a < 5")
    else:
        print("not a < 5")
    if 5 > a:
        print("5 > a")
    if a == b:
        print("a == b")
    if a + 1 == 7:
        print("a + 1 == 7")
    x = a + 1
    print(x, a - 2, a * 3, a % 4, a // 2, a / 2, a ** 2)
    if not isinstance(a, float):
        print(a << 2, a >> 1, a & 3, a | 8, a ^ 5)
    y = a
    y += 1
    print(y)
    print(c[a] if isinstance(c, list) and a < len(c) else None)
    return a < b


print(tests(3, 3, [0, 1, 2, 3, 4]))
print(tests(MyInt(6), 6, None))
print(tests(2.5, 2.5, None))

nan = float("nan")
n = nan
if n == n:
    print("nan equal")
else:
    print("nan unequal")
if n != n:
    print("nan not equal to itself")

w = Weird()
v = 1
if w < v:
    print("weird less")
else:
    print("weird not less")
if w == v:
    print("weird equal")
while w < v:
    print("never")
print(type(w < v).__name__, (w < v) is not None)

r = ReturnsBad()
try:
    if r <= 1:
        print("never")
except ValueError as e:
    print("ValueError", e)
    show_exc()

items = [1, 2, 3]
k = 2
if k in items:
    print("k in items")
if k not in items:
    print("never")
s = None
if s is None:
    print("s is None")
if s is not None:
    print("never")


def unbound():
    if q < 3:
        print("never")
    q = 1


try:
    unbound()
except UnboundLocalError:
    show_exc()


def unbound_operand():
    print(z + 1)
    z = 2


try:
    unbound_operand()
except UnboundLocalError:
    show_exc()


def big(limit):
    i = 2 ** 64
    count = 0
    while i < limit:
        i += 2 ** 62
        count += 1
    return count, i > 2 ** 63, -i < 0


print(big(2 ** 66))


class Node:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


def attrs(node, other):
    node.value = node.value + 1
    print(node.value, node.get(), other.get())
    try:
        print(node.missing)
    except AttributeError as e:
        print("AttributeError", e)


attrs(Node(1), Node("x"))


def subscripts(seq, i, d):
    seq[i] = seq[i] * 2
    d[i] = seq[i]
    print(seq, d, seq[-1], seq[1:])
    try:
        print(seq[i + 10])
    except IndexError:
        show_exc()


subscripts([1, 2, 3], 1, {})



# and/or/not in tests: each operand's truth asked once, in order
t = Truthy(True)
fl = Truthy(False)
if t and fl:
    print("never")
elif fl or t:
    print("fl or t")
if not (t and fl):
    print("not (t and fl)")
while not t:
    print("never")
if not 1 < 2:
    print("never")
if 2 < 1 or not (1 < 2 and 3 >= 3):
    print("never")
else:
    print("compares in and/or/not")
print([x for x in range(6) if x < 3 or x == 5])
print([x for x in range(6) if not x % 2 and x])
print(1 if t and 0 < 1 else 2)
