# __bool__/__len__ truth, __call__, callable()
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print(not L(0), "yes" if L(2) else "no", [x for x in (L(0), L(1), B(True)) if x].__len__())
for obj in (B(1), B("x"), L(-1), L("3"), L(2 ** 100)):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
print(len(L(4)))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add = Adder(10)
print(add(5), add(1, scale=3), callable(add), callable(Adder), callable(3), callable(len))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Neither()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    3()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr ignored"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
CallAttr.__call__ = lambda self: "class attr used"
print(c())
