def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=0))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(*[1, 2, 3], **{"e": 0, "extra": 1}))
def g(*, only):
    return only
print(g(only=1))
def h(a, b=[]):
    b.append(a)
    return b
print(h(1), h(2), h(3, []))
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__, h.__defaults__)
def all_kinds(p, /, q, *, r):
    return p, q, r
print(all_kinds(1, 2, r=3), all_kinds(1, q=2, r=3))
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *(2, 3), *[4], x=1, **{"y": 2}))
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_flags & 0x0C)
