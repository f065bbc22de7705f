def method(self):
    return "dynamic " + self.name
Dynamic = type("Dynamic", (object,), {"name": "dyn", "method": method, "__doc__": "made by type"})
d = Dynamic()
print(d.method(), Dynamic.__name__, Dynamic.__doc__, Dynamic.__bases__, type(Dynamic).__name__)
Sub = type("Sub", (Dynamic,), {})
print(Sub().method(), Sub.__mro__)
print(type(1), type("x"), type(type), type(object), type(None), type(...), type(NotImplemented))
for bad in [lambda: type("X", 1, {}), lambda: type("X", (1,), {}), lambda: type(1, 2),
            lambda: type("X", (), {}, 4), lambda: type("X", (bool,), {})]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
def make():
    class Local:
        pass
    return Local
print(make().__qualname__, make() is make())
class WithBody:
    for i in range(3):
        locals()["attr%d" % i] = i
    del i
print(WithBody.attr2, hasattr(WithBody, "i"))
