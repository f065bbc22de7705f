import sys
mod = sys.modules[__name__]
print(mod.__name__, type(mod).__name__, mod.__dict__ is globals())
print(sorted(k for k in vars(mod) if k.startswith("__")))
def helper():
    pass
print(helper.__module__, helper.__globals__["__name__"], "helper" in dir(mod))
print(type(sys).__name__, sys.__name__, sys.__spec__.name, sys.__spec__.origin)
import builtins
print(builtins.__name__, builtins.__spec__.origin, type(builtins.__dict__).__name__)
print(isinstance(mod, type(sys)), type(mod) is type(builtins))
M = type(sys)
m = M("made_by_hand", "the doc")
m.x = 1
print(m.__name__, m.__doc__, m.x, sorted(vars(m)), repr(m))
try:
    M()
except TypeError as e:
    print(e)
