class C:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
c = C()
print(getattr(c, "a"), getattr(c, "cls_attr"), getattr(c, "zz", None), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
setattr(c, "with space", 3)
print(c.b, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "b")
print(hasattr(c, "b"), vars(c) is c.__dict__)
for bad in [lambda: getattr(c, "missing"), lambda: getattr(c, 5), lambda: delattr(c, "missing"),
            lambda: setattr(1, "x", 1), lambda: vars(1), lambda: setattr(c, 1, 1),
            lambda: getattr(c), lambda: vars(c, c)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print([n for n in dir(c) if not n.startswith("__")], "__init__" in dir(c), dir(C) == sorted(dir(C)))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
print(sorted(vars(C).keys() - {"__dict__", "__weakref__", "__doc__", "__module__"}))
class Raising:
    @property
    def p(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raising(), "p")
except ValueError as e:
    print("hasattr propagates", e)
