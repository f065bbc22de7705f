# classmethod / staticmethod objects, bound methods and their attributes
class C:
    count = 0
    @classmethod
    def make(cls, n):
        return (cls.__name__, n)
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self
class D(C):
    pass
print(C.make(1), D.make(2), D().make(3), C.add(1, 2), C().add(3, 4))
cm = C.__dict__["make"]
sm = C.__dict__["add"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)(5), sm.__get__(None, C)(1, 1), cm.__isabstractmethod__)
print(callable(sm), sm(2, 3), cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
bound = C.make
print(bound.__self__ is C, bound.__func__ is cm.__func__, bound.__name__, bound.__qualname__)
d = D()
m = d.inst
print(m() is d, m.__self__ is d, m.__func__ is C.inst, m.__name__, m.__qualname__, m.__doc__)
print(m == d.inst, m != D().inst, hash(m) == hash(d.inst))
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.inst.tag = "on function"
print(m.tag)
try:
    C.inst()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1)(2) if False else classmethod(len).__get__(None, C)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.make()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    @classmethod
    @property
    def both(cls):
        return "class property " + cls.__name__
print(Chain.both)
def plain(x):
    "plain doc"
    return x
s = staticmethod(plain)
print(s.__doc__, s.__name__, s.__qualname__)
c = classmethod(plain)
print(c.__doc__, c.__name__)
MethodType = type(d.inst)
mt = MethodType(plain, 10)
print(mt(), type(mt).__name__)
try:
    MethodType(plain, None)
except TypeError as e:
    print(type(e).__name__, e)
