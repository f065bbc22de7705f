class Watched(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)
    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)
w = Watched(a=1)
w["b"] = 2
w.update(c=3)
w.setdefault("d", 4)
del w["a"]
w.pop("b")
print(dict(w), w.log)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), [k for k in o], dict(o), sorted(o.items()))
class WithMissing(dict):
    def __missing__(self, key):
        return len(key)
m = WithMissing()
print(m["four"], m.get("four"), "four" in m, m.setdefault("x", 1), m)
