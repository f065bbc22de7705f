# A class with __slots__ whose first base has empty slots still gets a __dict__ (and
# __weakref__) from a secondary base that has one, as xml.dom.minidom's
# ProcessingInstruction(Childless, Node) relies on.
import weakref


class Childless:
    __slots__ = ()


class Node:
    owner = None


class Leaf(Childless, Node):
    __slots__ = ("target", "data")


leaf = Leaf()
leaf.owner = "doc"
leaf.target = "t"
print(leaf.owner, leaf.target, leaf.__dict__)
print("__dict__" in Leaf.__dict__, "__weakref__" in Leaf.__dict__)
print(weakref.ref(leaf)() is leaf)


class Slotted:
    __slots__ = ("a",)


class OnlySlots(Childless, Slotted):
    __slots__ = ("b",)


o = OnlySlots()
try:
    o.c = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "__dict__"), "__weakref__" in dir(OnlySlots))


class WithDictSlot(Childless, Node):
    __slots__ = ("__dict__",)
