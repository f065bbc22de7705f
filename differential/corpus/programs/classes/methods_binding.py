class A:
    def m(self):
        return "m of", type(self).__name__
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x
a = A()
bound = a.m
print(bound(), bound.__self__ is a, bound.__func__ is A.m, bound.__name__, bound.__qualname__)
print(A.c(), a.c(), A.c.__self__ is A, A.s(1), a.s(2), type(A.__dict__["c"]).__name__)
print(type(A.__dict__["s"]).__name__, A.__dict__["s"].__func__(3), type(bound).__name__)
print(a.m == a.m, a.m is a.m, A.m == A.m, A.m is A.m)
def free(self, y):
    return ("free", y)
A.free = free
print(a.free(5))
a.inst = free
try:
    a.inst(5)
except TypeError as e:
    print(e)
print(a.inst(a, 5))
meth = A.m
print(meth(a), meth.__name__)
try:
    A.m()
except TypeError as e:
    print(e)
class B(A):
    pass
print(B.c(), B().m(), B.s("static"))
print(getattr(a, "m")(), getattr(A, "c")())
