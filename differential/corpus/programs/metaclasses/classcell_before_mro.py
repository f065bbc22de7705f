# The __class__ cell of a class body is filled before the metaclass's mro() runs, so methods
# using __class__ or zero-argument super() work from inside mro() (bpo-23722; CPython:
# Objects/typeobject.c type_new_set_classcell precedes PyType_Ready).
seen = []


class Meta(type):
    def mro(cls):
        hook = cls.__dict__.get("early")
        if hook is not None:
            seen.append(hook())
        return super().mro()


class Base(metaclass=Meta):
    def greet(self):
        return "base"


class Child(Base):
    def early():
        return __class__.__name__

    def greet(self):
        return "child+" + super().greet()


print(seen, Child().greet(), [c.__name__ for c in Child.__mro__])

try:
    class Bad(metaclass=Meta):
        __classcell__ = 5
except TypeError as e:
    print(type(e).__name__, e)


class Recorder(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.get("__classcell__")
        cls = super().__new__(mcls, name, bases, ns)
        print("cell filled:", cell is not None and cell.cell_contents is cls)
        return cls


class WithCell(metaclass=Recorder):
    def m(self):
        return __class__
