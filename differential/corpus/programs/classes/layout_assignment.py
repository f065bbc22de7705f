# Assigning a class's __bases__ and an object's __class__: which layouts CPython lets change
# places (the collector's deallocator, the object layout, acceptable bases), and the
# read-only struct members of type (member_descriptor, "readonly attribute").
def t(f):
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
for n in ['__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__base__', '__dictoffset__', '__mro__']:
    t(lambda: setattr(A, n, 1))
    t(lambda: delattr(A, n))
    print(type(type.__dict__[n]).__name__)
class I(int): pass
class L(list): pass
class D(dict): pass
class F(float): pass
class T(tuple): pass
class S(str): pass
class E(Exception): pass
class X: __slots__ = ('a',)
class Y: __slots__ = ('b',)
class Z: __slots__ = ('a',)
for cls, new in [(A, (int,)), (A, (list,)), (I, (object,)), (I, (bool,)), (L, (dict,)), (F, (int,)), (T, (S,)), (E, (ValueError,)), (E, (object,)), (X, (Y,)), (A, (X,))]:
    t(lambda: setattr(cls, '__bases__', new))
for a, b in [(A(), I), (I(), A), (L(), D), (X(), Y), (X(), Z), (E(), ValueError), (A(), X)]:
    t(lambda: setattr(a, '__class__', b))
t(lambda: setattr(int, 'x', 1))
t(lambda: delattr(int, 'real'))
t(lambda: setattr((1), '__class__', bool))
t(lambda: setattr([], '__class__', tuple))
class A: pass
class B: __slots__ = ('x',)
t(lambda: setattr(A(), '__class__', B))
t(lambda: setattr(A(), '__class__', int))
t(lambda: setattr(A, '__dict__', {}))
t(lambda: setattr(A(), '__dict__', 5))
t(lambda: setattr(int, '__name__', 'y'))
t(lambda: setattr(A, '__name__', 5))
t(lambda: setattr(A, '__qualname__', 5))
t(lambda: setattr(A, '__bases__', ()))
t(lambda: setattr(A, '__bases__', (int,)))
t(lambda: setattr(A, '__mro__', ()))
t(lambda: delattr(A, '__name__'))
t(lambda: setattr(object(), 'x', 1))
t(lambda: setattr(type, '__doc__', 'x'))
t(lambda: setattr(A, '__doc__', 'x'))
t(lambda: setattr(str, '__doc__', 'x'))
t(lambda: delattr(A, '__module__'))
t(lambda: setattr(A, '__module__', 3))
import types
t(lambda: setattr(types.FunctionType, 'x', 1))
t(lambda: setattr(A.__dict__, 'x', 1))
t(lambda: A.__dict__.__setitem__('x', 1))
t(lambda: setattr(len, '__name__', 'x'))
t(lambda: setattr((lambda: 0), '__name__', 3))
t(lambda: setattr((lambda: 0), '__code__', 3))
t(lambda: setattr((lambda: 0), '__defaults__', 3))
t(lambda: setattr((lambda: 0), '__kwdefaults__', 3))
t(lambda: setattr((lambda: 0), '__dict__', 3))
t(lambda: delattr((lambda: 0), '__dict__'))
