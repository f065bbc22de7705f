# type(name, bases, ns), metaclass __new__/__init__/__prepare__/__call__, conflicts
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

Point = type("Point", (), {"x": 1, "norm": lambda self: self.x * 2})
print(Point.__name__, Point.__qualname__, Point().norm())
Sub = type("Sub", (Point,), {"__doc__": "sub doc", "__module__": "mod"})
print(Sub, [c.__name__ for c in Sub.__mro__], Sub.__doc__, Sub.__bases__[0] is Point)
show("type1", lambda: type(3))
show("type2", lambda: type("A", ()))
show("type4", lambda: type("A", (), {}, 1))
show("badbases", lambda: type("A", (1,), {}))
show("badns", lambda: type("A", (), []))
show("badname", lambda: type(1, (), {}))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class A(metaclass=Meta, flag=True):
    def __init__(self, v=0):
        self.v = v
a = A(5, )
print(a.v, A.injected, type(A), type(A).__name__, isinstance(A, Meta))
class B(A):
    pass
print(type(B), B(v=2).v)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class Z(X, Y, metaclass=M3): pass
print(type(Z).__name__, [c.__name__ for c in Z.__mro__])

def fmeta(name, bases, ns):
    return name.upper() + str(len(ns))
class f(metaclass=fmeta):
    q = 1
print(f)
print(type.__name__, type(type), type.__mro__, type.__base__)
