import weakref, gc
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
d = weakref.WeakValueDictionary()
a, b = C(1), C(2)
d["a"] = a; d["b"] = b
print(sorted(d.keys()))
del a
gc.collect()
print(sorted(d.keys()), len(d))
k = weakref.WeakKeyDictionary()
x, y = C(10), C(20)
k[x] = "x"; k[y] = "y"
del x
gc.collect()
print(list(k.values()))
s = weakref.WeakSet()
s.add(y); print(len(s), y in s)
del y; gc.collect(); print(len(s))
z = C(5)
f = weakref.finalize(z, print, "finalized", 5)
print(f.alive)
del z; gc.collect()
print(f.alive)
class D:
    def meth(self): return 42
o = D()
wm = weakref.WeakMethod(o.meth)
print(wm()())
del o; gc.collect(); print(wm())
p = weakref.proxy(C(3))
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("RefErr", e)
q = C(7)
p = weakref.proxy(q)
print(p.n, p.m(), p == C(7), repr(str(p)))
print(type(p).__name__, type(weakref.proxy(len)).__name__)
try: hash(p)
except TypeError as e: print(e)
