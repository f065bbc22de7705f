class Base:
    __slots__ = ("a",)
class WithDict(Base):
    pass
class Strict(Base):
    __slots__ = ("b",)
w = WithDict()
w.a, w.z = 1, 2
print(w.a, w.z, w.__dict__, hasattr(Base(), "__dict__"))
s = Strict()
s.a, s.b = 3, 4
print(s.a, s.b, Strict.__slots__, Base.__slots__)
try:
    s.c = 5
except AttributeError as e:
    print(e)
print(sorted(n for n in dir(s) if not n.startswith("__")))
class Weak:
    __slots__ = ("__weakref__",)
print("__weakref__" in dir(Weak), hasattr(Weak(), "__dict__"))
class Default:
    __slots__ = ("x",)
    def __init__(self):
        pass
d = Default()
print(getattr(d, "x", "unset"))
d.x = None
print(d.x)
