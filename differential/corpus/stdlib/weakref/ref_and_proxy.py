import _weakref as weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"
    def __eq__(self, o): return isinstance(o, C) and o.n == self.n
    def __hash__(self): return hash(self.n)
    def m(self): return self.n
c = C(1)
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c))
log = []
r2 = weakref.ref(c, lambda w: log.append(("cb", w is r2)))
print(r2 is not r, r2.__callback__ is not None, weakref.getweakrefcount(c))
print(weakref.getweakrefs(c) == [r, r2])
c2 = C(1)
print(weakref.ref(c2) == r, hash(weakref.ref(c2)) == hash(r))
for bad in (1, "s", (), [], {}, None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
del c
gc.collect()
print(r(), log, r == r, r != weakref.ref(c2))
try:
    weakref.ref(c2)(1)
except TypeError as e:
    print(e)
class KeyedRef(weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
d = {}
def remove(wr):
    del d[wr.key]
a, b = C(1), C(2)
d["a"] = KeyedRef(a, remove, "a"); d["b"] = KeyedRef(b, remove, "b")
print(sorted(d))
del a
gc.collect()
print(sorted(d))
p = weakref.proxy(C(3))
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("RefErr", e)
q = C(7)
p = weakref.proxy(q)
print(p.n, p.m(), p == C(7), repr(str(p)), weakref.proxy(q) is p)
print(type(p).__name__, type(weakref.proxy(len)).__name__)
try: hash(p)
except TypeError as e: print(e)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
nn = N(5); pn = weakref.proxy(nn)
print(pn + 1, 1 + pn, len(pn), pn[4], bool(pn))
def f(): return "called"
pf = weakref.proxy(f); print(pf())
dd = {"k": weakref.ref(C(9))}
gc.collect()
weakref._remove_dead_weakref(dd, "k"); print(dd)
class S(str): pass
print(weakref.ref(S("x"))() == "x" or True)
class I(int): pass
try: weakref.ref(I(3))
except TypeError as e: print(e)
print(type(r).__name__, type(r).__module__)
