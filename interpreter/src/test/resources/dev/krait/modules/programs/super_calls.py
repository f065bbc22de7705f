# super() with no arguments reads __class__ and the first argument of the calling function.
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @property
    def p(self): return 'A.p'
class B(A):
    def f(self): return 'B>' + super().f()
    @classmethod
    def c(cls): return 'B>' + super().c()
    @property
    def p(self): return 'B>' + super().p
    def g(self):
        def inner():
            return __class__.__name__
        return inner()
class C(B):
    def f(self): return 'C>' + super(B, self).f()
print(B().f(), B.c(), B().p, C().f(), B().g())
print(super(B, B()).f(), super(C, C).c())
print(super(C, C()).f.__name__, repr(super(B, B()))[:24])
class Init:
    def __init__(self, x):
        self.x = x
class Child(Init):
    def __init__(self):
        super().__init__(5)
print(Child().x)
def nosuper():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError', e)
nosuper()
try:
    super(B, 1)
except TypeError as e:
    print(e)
