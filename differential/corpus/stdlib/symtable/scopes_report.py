# A lint-like report over a small program: which names each function reads from outside,
# which it binds, which closures it makes -- read through the symtable module.
import symtable

SOURCE = '''
import os, sys as system
from collections import OrderedDict
counter = 0
LIMIT: int = 10

class Cache:
    size = 0
    def __init__(self, capacity, *, policy="lru"):
        self.capacity = capacity
        self.items = OrderedDict()
    def get(self, key, default=None):
        global counter
        counter += 1
        return self.items.get(key, default)
    @staticmethod
    def helper(*args, **kwargs):
        return [a for a in args if a] + sorted(kwargs)
    def __repr__(self):
        return f"{__class__.__name__}({self.capacity})"

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return step, peek

async def fetch(urls):
    results = {u: await load(u) async for u in urls}
    return results

squares = lambda n: (i * i for i in range(n))
'''


def describe(table, depth=0):
    pad = "  " * depth
    kind = table.get_type()
    print(f"{pad}{kind} {table.get_name()!r} line {table.get_lineno()}"
          f" nested={table.is_nested()} optimized={table.is_optimized()}")
    if isinstance(table, symtable.Function):
        for label, names in [("params", table.get_parameters()),
                             ("locals", table.get_locals()),
                             ("globals", table.get_globals()),
                             ("frees", table.get_frees()),
                             ("nonlocals", table.get_nonlocals())]:
            if names:
                print(f"{pad}  {label}: {', '.join(names)}")
    if isinstance(table, symtable.Class):
        print(f"{pad}  methods: {', '.join(table.get_methods())}")
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        traits = [name for name in ("referenced", "imported", "parameter", "global",
                                    "declared_global", "local", "annotated", "free",
                                    "assigned", "namespace", "nonlocal")
                  if getattr(sym, "is_" + name)()]
        print(f"{pad}    {sym.get_name()}: {' '.join(traits)}")
        if sym.is_namespace():
            print(f"{pad}      namespaces: {[t.get_name() for t in sym.get_namespaces()]}")
    for child in table.get_children():
        describe(child, depth + 1)


top = symtable.symtable(SOURCE, "cache.py", "exec")
print(top)
describe(top)
print(top.lookup("Cache"), top.lookup("Cache").get_namespace())
try:
    top.lookup("counter").get_namespace()
except ValueError as e:
    print("ValueError:", e)
