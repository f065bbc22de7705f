# Special methods found on the type through descriptors; a classmethod __new__; a comparison
# method that cannot be bound; the repr of bound methods of callables without names.
import types


class Hint:
    def __iter__(self):
        return iter([1, 2, 3])


class Recording:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        print("bound", self.impl.__name__)
        return self.impl.__get__(obj, owner)


def length_hint(self):
    return 3


Hint.__length_hint__ = Recording(length_hint)
print(list(Hint()))


class C(object):
    @classmethod
    def __new__(*args):
        return args


print(C(1, 2) == (C, C, 1, 2))


class D(C):
    pass


print(D(1, 2) == (D, D, 1, 2))


def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)


e = E()
print(e == e, E() == E())


class MyCallable:
    def __call__(self, arg):
        pass


m = types.MethodType(MyCallable(), 5)
print(repr(m))
m.__func__.__name__ = "name"
print(repr(m))


class Doc:
    def __get__(self, obj, owner):
        return "obj=%s type=%s" % (obj is not None, owner.__name__)


class Old:
    __doc__ = Doc()


print(Old.__doc__, Old().__doc__)
