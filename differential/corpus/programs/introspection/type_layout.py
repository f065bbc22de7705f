# type.__basicsize__/__itemsize__/__dictoffset__/__weakrefoffset__ as CPython 3.11 lays types out
class C: pass
class D(int): pass
class S: __slots__=('a',)
class S2(S): __slots__=('b', 'c')
class S3(S2): pass
class W: __slots__=('__weakref__',)
class Sub(C): pass
class E(Exception): pass
class L(list): x = 1
class T(tuple): pass
class M(type): pass
for t in [C, D, S, S2, S3, W, Sub, E, L, T, M, int, object, type, list, str, dict, ValueError, type(len)]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
