# __slots__: layout, errors, __dict__ in slots, inheritance
class P:
    __slots__ = ("b", "a", "__c")
    def __init__(self):
        self.a = 1
        self.__c = 3
print(list(P.__dict__), P.__slots__, P.a, type(P.b).__name__)
p = P()
print(p.a, p._P__c, hasattr(p, "b"), hasattr(p, "__dict__"))
try:
    p.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.b
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__, list(WithDict.__dict__))
class Child(P):
    pass
ch = Child()
ch.z = 9
print(ch.z, ch.a, list(Child.__dict__))
class Child2(P):
    __slots__ = ("d",)
print(list(Child2.__dict__))
c2 = Child2()
c2.d = 4
print(c2.d, c2.a)
for bad in [("1x",), (1,), ("__dict__", "__dict__"), "x y"]:
    try:
        class Bad:
            __slots__ = bad
        print("ok", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class Both(S1, S2): pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class Mixed(S1, E1): pass
print([k.__name__ for k in Mixed.__mro__])
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)
class Empty(tuple):
    __slots__ = ()
print(Empty((1, 2)), hasattr(Empty(), "__dict__"))
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__, repr(Single.only))
