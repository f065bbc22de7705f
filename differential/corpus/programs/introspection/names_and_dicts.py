class Outer:
    """Outer doc."""
    attr = 1
    class Inner:
        def method(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().method().__qualname__, Outer.__module__, Outer.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), type(Outer.__dict__).__name__)
o = Outer()
o.x = 1
print(o.__dict__, vars(o), o.__class__.__name__, type(o) is Outer)
print(sorted(n for n in dir(o) if not n.startswith("_")))
print(Outer.__dict__["attr"], Outer.__dict__.get("missing"), "method" in Outer.__dict__)
try:
    Outer.__dict__["attr"] = 2
except TypeError as e:
    print(e)
print(len.__name__, len.__qualname__, len.__module__, len.__doc__.splitlines()[0])
print(str.join.__qualname__, str.join.__name__, list.append.__objclass__.__name__)
print(int.__name__, int.__qualname__, int.__module__, type(int.__dict__).__name__)
import sys
print(sys.__name__, type(sys).__name__, sys.__doc__.splitlines()[0][:40])
