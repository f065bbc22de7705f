g = globals()
print(type(g).__name__, g["__name__"], "g" in g, g is globals())
def f(a, b=2):
    c = 3
    l = locals()
    return sorted(l), l["a"] + l["b"] + l["c"]
print(f(1))
class C:
    x = 1
    inside = sorted(k for k in locals() if not k.startswith("__"))
print(C.inside, sorted(k for k in vars(C) if not k.startswith("__")))
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
new_global_name = "before"
globals()["new_global_name"] = "after"
print(new_global_name)
print(vars() is globals(), sorted(vars(type("T", (), {"a": 1}))) [:2])
import sys
print(vars(sys) is sys.__dict__, "path" in vars(sys))
