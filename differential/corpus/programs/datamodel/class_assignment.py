# __class__ assignment and its layout errors
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y", "z")
a = A()
a.data = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.data, isinstance(a, B))
s = S1()
s.x = 5
s.__class__ = S2
print(type(s).__name__, s.x)
def attempt(label, obj, cls):
    try:
        obj.__class__ = cls
        print(label, "ok", type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("A->S3", A(), S3)
attempt("S1->S3", S1(), S3)
attempt("A->int", A(), int)
attempt("int->A", 1, A)
attempt("A->3", A(), 3)
attempt("A->object", A(), object)
class L1(list): pass
class L2(list): pass
l = L1([1, 2])
attempt("L1->L2", l, L2)
print(l, type(l).__name__)
attempt("L1->list", L1(), list)
attempt("list->L1", [], L1)
class D(dict): pass
attempt("L1->D", L1(), D)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
print(a.__class__ is type(a), A.__class__, type.__class__)
