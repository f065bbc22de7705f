# binary operators with reflected operands, NotImplemented, in-place fallbacks
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self + other
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    def __rsub__(self, other):
        return f"rsub {other}"
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return abs(self.x)
class W(V):
    def __radd__(self, other):
        print("W.radd first")
        return "W wins"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3, -V(3), abs(V(-4)))
print(V(1) + W(2))
print(3 - V(1))
for expr in ("V(1) + 'a'", "'a' + V(1)", "V(1) * 1.5", "V(1) - V(2)", "V(1) @ V(1)",
             "V(1) < V(2)", "~V(1)", "V(1) ** 2", "divmod(V(1), 2)", "[1] * V(2)",
             "'ab' * 2.0", "V(1) >> 1", "1 / V(1)", "V(1) % 2"):
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        return "plain add"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
v = V(1)
v += 4
print(v)
v *= 2
print(v)
try:
    v -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v @= 1
except TypeError as e:
    print(type(e).__name__, e)
class NI:
    def __iadd__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd used"
n = 1
n += NI()
print(n)
x = NI()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, bool(V) if False else "")
