# Module objects: the AttributeError of a missing name, repr through the spec, the loader's
# module_repr or __file__, and the lazily made __annotations__ (CPython: Objects/moduleobject.c,
# Lib/importlib/_bootstrap.py _module_repr).
import types, sys
m = types.ModuleType.__new__(types.ModuleType)
for attr in ["x", "__name__"]:
    try: getattr(m, attr)
    except AttributeError as e: print(e)
print(repr(m))
m = types.ModuleType("partial")
m.__spec__ = types.SimpleNamespace(_initializing=True)
try: m.x
except AttributeError as e: print(e)
m.__spec__ = types.SimpleNamespace(_initializing=False, _uninitialized_submodules=["x"])
try: m.x
except AttributeError as e: print(e, e.name, e.obj is m)
m.__spec__ = types.SimpleNamespace(_initializing=1/1, _uninitialized_submodules=5)
try: m.y
except AttributeError as e: print(e)
class Full:
    @classmethod
    def module_repr(cls, m): return "<crafted %s>" % m.__name__
class Broken:
    def module_repr(self, m): raise ValueError
class Bad:
    def module_repr(self, m): return 5
for loader, file in [(Full, None), (Full, "/tmp/f.py"), (Broken(), None), (Broken(), "/x'y.py"), (None, None), ("ldr", None)]:
    m = types.ModuleType("foo")
    m.__loader__ = loader
    if file: m.__file__ = file
    print(repr(m))
m = types.ModuleType("foo"); m.__loader__ = Bad()
try: repr(m)
except TypeError as e: print(e)
m = types.ModuleType("it's"); print(repr(m))
m.__file__ = None; print(repr(m))
print(repr(sys), repr(types).split(" from")[0], repr(types).endswith("types.py'>"))
m = types.ModuleType("ann")
print("__annotations__" in m.__dict__, m.__annotations__, "__annotations__" in m.__dict__)
del m.__annotations__
try: del m.__annotations__
except AttributeError as e: print("AttributeError", e)
m.__annotations__ = {"a": int}; print(m.__dict__["__annotations__"], type(types.ModuleType.__dict__["__annotations__"]).__name__)
x: int = 3
print(sys.modules[__name__].__annotations__)
