class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")], vars(c))
print(sorted(vars(Child)), sorted(k for k in vars(Base) if not k.startswith("__")))
print(dir() == sorted(dir()), "c" in dir(), "__name__" in dir())
def f():
    x = 1
    y = 2
    return dir(), vars()
print(f())
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
print([n for n in dir(Slotted()) if not n.startswith("__")], [n for n in dir(5) if not n.startswith("_")][:8])
print(len(dir(object)), len(dir([])), sorted(set(dir([])) - set(dir(object)))[:6])
