# attribute lookup on classes: metaclass data descriptors, class dict, metaclass attributes
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return ("meta data desc", obj.__name__ if obj else None)
    def __set__(self, obj, value):
        print("meta set", value)
class MetaNonData:
    def __get__(self, obj, objtype=None):
        return "meta nondata"
class Meta(type):
    data = MetaDesc()
    nondata = MetaNonData()
    plain = "meta plain"
    both = "meta both"
class C(metaclass=Meta):
    data = "class data"
    nondata = "class nondata"
    both = "class both"
print(C.data, C.nondata, C.plain, C.both)
C.data = 5
print(C.__dict__["data"])
C.plain = "class now"
print(C.plain, Meta.plain)
del C.plain
print(C.plain)
try:
    del C.plain
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    x = "base x"
    def m(self):
        return "base m"
class Derived(Base):
    pass
d = Derived()
print(d.x, Derived.x, d.m())
Base.x = "changed"
Base.m = lambda self: "patched m"
print(d.x, d.m(), Derived.x)
Derived.x = "own"
print(d.x, Base.x)
del Derived.x
print(d.x)
Base.new_method = lambda self, k: k * 2
print(d.new_method(4))
def late(self):
    return "late " + type(self).__name__
Derived.late = late
print(d.late(), Derived.late is late, Derived.__dict__["late"] is late)
class GetattrOnClass:
    def __getattr__(self, name):
        return "instance fallback " + name
print(GetattrOnClass().anything)
try:
    GetattrOnClass.anything
except AttributeError as e:
    print(type(e).__name__, e)
class Shadow:
    def method(self):
        return "class method"
s = Shadow()
s.method = lambda: "instance callable"
print(s.method(), Shadow.method(s))
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__dict__["__dict__"], type(type.__dict__["__bases__"]).__name__)
