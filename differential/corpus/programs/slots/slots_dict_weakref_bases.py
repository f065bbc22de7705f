# __dict__ and __weakref__ slots, secondary bases that bring them, __class__ assignment
# between layouts, and what reading, writing and deleting a missing attribute says.


class D(object):
    __slots__ = ["__dict__"]


class W(object):
    __slots__ = ["__weakref__"]


class C1(W, D):
    __slots__ = []


class C2(D, W):
    __slots__ = []


for cls in (D, W, C1, C2):
    a = cls()
    print(cls.__name__, hasattr(a, "__dict__"), hasattr(a, "__weakref__"))

a = C1()
a.foo = 42
print(a.__dict__)


class A(object):
    __slots__ = ()


class B(object):
    pass


class C(A, B):
    __slots__ = ()


c = C()
c.x = 2
print(c.x, hasattr(C, "__dict__"), hasattr(C, "__weakref__"))


class J(object):
    __slots__ = ["c", "b"]


class N(J):
    __slots__ = ["__weakref__"]


class P(J):
    __slots__ = ["__dict__"]


for src, dst in ((J, N), (N, J), (J, P), (N, P)):
    x = src()
    try:
        x.__class__ = dst
        print(src.__name__, "->", dst.__name__, "allowed")
    except TypeError as e:
        print(src.__name__, "->", dst.__name__, e)


class S:
    y = 0
    __slots__ = ("z",)


for label, action in (("get x", lambda: S().x), ("del x", lambda: delattr(S(), "x")),
                      ("set x", lambda: setattr(S(), "x", 0)),
                      ("del y", lambda: delattr(S(), "y")),
                      ("set y", lambda: setattr(S(), "y", 0)),
                      ("get z", lambda: S().z), ("del z", lambda: delattr(S(), "z"))):
    try:
        action()
    except AttributeError as e:
        print(label, e)


class Plain:
    pass


p = Plain()
p.a = 1
del p.__dict__
print(p.__dict__)
p.__dict__ = {"b": 2}
print(p.b)
for bad in (None, [], 1):
    try:
        p.__dict__ = bad
    except TypeError as e:
        print(e)
