# class/instance introspection and reprs of classes, functions, methods
class Outer:
    "Outer doc"
    attr = 1
    class Inner:
        def method(self):
            pass
    def method(self, x=1):
        "method doc"
        return x
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
o = Outer()
o.inst = 2
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.method.__qualname__)
print(sorted(k for k in Outer.__dict__), type(Outer.__dict__).__name__)
print(vars(o), o.__dict__ is vars(o), vars(Outer)["attr"], "__dict__" in dir(o))
print([n for n in dir(o) if not n.startswith("__")], dir(o) == sorted(dir(o)))
print([n for n in dir(Outer) if n.startswith("__")][:8])
print(Outer, Outer.Inner, repr(o)[:28], repr(o).endswith(">"))
print(repr(Outer.method)[:26], repr(o.method)[:43])
print(Outer.cm, Outer.sm.__qualname__, type(Outer.__dict__["cm"]).__name__)
print(Outer.method.__doc__, o.method.__doc__, o.method.__self__ is o, o.method.__func__ is Outer.method)
print(o.method == o.method, o.method is o.method, Outer.cm.__self__ is Outer)
print(type(o.method).__name__, type(Outer.method).__name__, type(len).__name__)
print(len, [].append.__qualname__, repr([].append)[:33], str.upper, int.__add__)
print(object.__init__, type(object.__init__).__name__, object().__init__.__qualname__)
print(type(Outer.__dict__).__name__, Outer.__dict__["attr"])
try:
    Outer.__dict__["attr"] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(3)
except TypeError as e:
    print(type(e).__name__, e)
o.__dict__ = {"replaced": True}
print(o.replaced, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(Outer.__dict__["__dict__"], Outer.__dict__["__weakref__"], o.__weakref__)
def f(a, b=2, *args, c, **kw):
    pass
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(repr(f)[:13], repr(lambda: 0)[:22])
print(int.__name__, int.__qualname__, int.__module__, type(int.__dict__).__name__)
print(Outer.__mro__, Outer.__bases__, Outer.__base__, Outer.__class__)
Outer.__qualname__ = "Renamed"
Outer.__name__ = "N"
print(Outer, Outer.__name__)
try:
    Outer.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
