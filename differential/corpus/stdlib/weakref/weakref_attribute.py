# obj.__weakref__ is the head of the object's weak reference list: the basic ref, else the
# basic proxy, else the newest ref with a callback; None when there is none (CPython:
# Objects/typeobject.c subtype_getweakref, Objects/weakrefobject.c insert order).
import weakref
class A: pass
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
p = weakref.proxy(a)
print(a.__weakref__ is r)
class S:
    __slots__ = ("__weakref__",)
s = S()
r2 = weakref.ref(s)
print(s.__weakref__ is r2, type(S.__dict__["__weakref__"]).__name__)
def cb(x): pass
b = A()
r3 = weakref.ref(b, cb)
print(b.__weakref__ is r3)
r4 = weakref.ref(b)
print(b.__weakref__ is r3, b.__weakref__ is r4)
import dataclasses


@dataclasses.dataclass(slots=True, weakref_slot=True)
class D:
    x: int


d = D(1)
print(d.__weakref__, weakref.ref(d) is d.__weakref__, "__weakref__" in D.__slots__)
