import gc
import _weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(old)
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.DEBUG_STATS)
gc.set_debug(0)
print(gc.garbage, type(gc.callbacks))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(type(gc.collect()).__name__)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
phases = []
def cb(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

died = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a          # a cycle
ra = _weakref.ref(a, lambda r: died.append("a"))
rb = _weakref.ref(b, lambda r: died.append("b"))
del a, b
gc.collect()
print(sorted(died), ra(), rb())

keep = Node("kept")
rk = _weakref.ref(keep, lambda r: died.append("kept"))
gc.collect()
print(rk() is keep, sorted(died))
