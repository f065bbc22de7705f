# weakref in an object cache: WeakValueDictionary entries vanish with their objects, finalize
# callbacks run once, and WeakSet tracks live instances.
import gc
import weakref


class Image:
    instances = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Image.instances.add(self)

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()
a = Image("a")
b = Image("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(Image.instances))
log = []
fin = weakref.finalize(b, log.append, "b finalized")
del b
gc.collect()
print(sorted(cache.keys()), len(Image.instances), log, fin.alive)
r = weakref.ref(a)
print(r() is a, r() is not None)
proxy = weakref.proxy(a)
print(proxy.name)
meta = weakref.WeakKeyDictionary()
meta[a] = {"size": 10}
print(meta[a], a in meta)
del a
gc.collect()
print(r(), len(meta), len(Image.instances))
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError", e)
print(fin(), fin.alive)
