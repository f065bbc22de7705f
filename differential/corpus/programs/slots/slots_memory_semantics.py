class Slotted:
    __slots__ = ("a", "b")
class Plain:
    pass
s, p = Slotted(), Plain()
print(hasattr(s, "__dict__"), hasattr(p, "__dict__"), hasattr(s, "__weakref__"), hasattr(p, "__weakref__"))
try:
    s.__dict__
except AttributeError as e:
    print(e)
s.a = 1
try:
    setattr(s, "c", 3)
except AttributeError as e:
    print(e)
print(getattr(s, "b", "b unset"), [n for n in ("a", "b") if hasattr(s, n)])
class Child(Slotted):
    __slots__ = ("c",)
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
c = Child()
print(c.a + c.b + c.c, Child.__mro__[1].__slots__, Child.__slots__)
class ListSlots:
    __slots__ = ["p", "q"]
print(ListSlots.__slots__, type(ListSlots.__dict__["p"]).__name__)
class DictSlots:
    __slots__ = {"doc_attr": "documented slot"}
print(DictSlots.doc_attr.__doc__ if DictSlots.__dict__["doc_attr"].__doc__ else "no doc")
