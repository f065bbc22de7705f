# getattr and hasattr pass a str subclass name on as given: __getattr__ and __getattribute__
# (a module's __getattr__ too) receive that very object, as in CPython.
import types
class S(str):
    pass
m = types.ModuleType("m")
def mg(name):
    print("module __getattr__ got", type(name).__name__, repr(name))
    if name == "yes":
        return 42
    raise AttributeError(name)
m.__getattr__ = mg
print(getattr(m, S("yes")))
print(getattr(m, S("no"), "dflt"))
print(hasattr(m, S("yes")), hasattr(m, S("no")))
try:
    getattr(m, S("no"))
except AttributeError as e:
    print("AttributeError", e)
class C:
    def __getattr__(self, name):
        print("C __getattr__ got", type(name).__name__)
        if name == "yes":
            return 1
        raise AttributeError(name)
c = C()
print(getattr(c, S("yes")), getattr(c, S("no"), None), hasattr(c, S("yes")))
class D:
    def __getattribute__(self, name):
        print("D __getattribute__ got", type(name).__name__)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("D __getattr__ got", type(name).__name__)
        return 7
d = D()
print(getattr(d, S("zz")), hasattr(d, S("zz")))
print(getattr(m, S("__name__")), getattr(c, S("__class__")).__name__)
class E:
    def __setattr__(self, name, value):
        print("E __setattr__ got", type(name).__name__, repr(name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("E __delattr__ got", type(name).__name__, repr(name))
        object.__delattr__(self, name)
e = E()
setattr(e, S("v"), 3)
print(e.v, getattr(e, S("v")))
delattr(e, S("v"))
print(hasattr(e, "v"))
try:
    getattr(e, 5)
except TypeError as err:
    print("TypeError", err)
