# Module attribute reads, in a loop so that the attribute node's cache is used: the value
# follows every rebinding and deletion, the module's __getattr__ answers misses, and a
# module whose class is changed reads through its new class.
import math
import struct
import sys
import types

m = types.ModuleType("m")


def reader(mod):
    return mod.x


m.x = 1
print(reader(m))
m.x = 2
print(reader(m))
del m.x
try:
    reader(m)
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is m)
m.__getattr__ = lambda name: "dynamic " + name
print(reader(m), reader(m))
m.x = 3
print(reader(m))
del m.__getattr__
m.x = 4
print(reader(m))


class WithProperty(types.ModuleType):
    @property
    def x(self):
        return "property"


m.__class__ = WithProperty
print(reader(m))
m.__class__ = types.ModuleType
print(reader(m))
print(reader(types.SimpleNamespace(x="namespace")), reader(m))

# functions of native modules, read and called many times
total = 0.0
for i in range(1, 2000):
    total += math.sqrt(i) + math.floor(i / 3)
print(round(total, 6), math.pi, sys.maxsize > 0)


def pack(mod):
    return mod.pack("<h", 5)


print(pack(struct))
saved = struct.pack
struct.pack = lambda *args: "replaced"
print(pack(struct))
struct.pack = saved
print(pack(struct))
print(sorted(k for k in vars(math) if k.startswith("f"))[:4], math.__name__, m.__name__)
