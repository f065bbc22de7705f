# C3 linearisation and its error messages
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class W(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromNone(type(None)): pass
except TypeError as e:
    print(type(e).__name__, e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Y.__base__, Y.__bases__, object.__bases__, object.__base__)
print(issubclass(Z, O), issubclass(O, Z), Z.__subclasses__(), len(O.__subclasses__()))
class W2: pass
class Y2(X): pass
class Y3(Y2): pass
Y2.__bases__ = (W2,)
print(Y2.__mro__, Y3.__mro__, X.__subclasses__(), W2.__subclasses__())
for value in [(object,), (), (Y3,), [W2], (1,)]:
    try:
        Y2.__bases__ = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
