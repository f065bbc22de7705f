class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__, D.__mro__)
class M1Sub(M1): pass
class E(metaclass=M1Sub): pass
class F(A, E): pass
print(type(F).__name__)
def func_meta(name, bases, ns):
    ns["via"] = "function"
    return type(name, bases, ns)
class G(metaclass=func_meta):
    pass
print(G.via, type(G).__name__)
try:
    class H(metaclass=5):
        pass
except TypeError as e:
    print(e)
print(type.__mro__, type(type) is type, isinstance(type, object), isinstance(object, type))
