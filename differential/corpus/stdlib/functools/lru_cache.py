from _functools import _lru_cache_wrapper

class Info(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)

calls = []
def square(x):
    calls.append(x)
    return x * x

w = _lru_cache_wrapper(square, 2, False, Info)
print([w(i) for i in (1, 2, 1, 3, 2, 1)], calls, w.cache_info())
w.cache_clear(); print(w.cache_info())
u = _lru_cache_wrapper(square, None, False, Info)
print([u(i) for i in (1, 1.0, 2, True)], u.cache_info())
t = _lru_cache_wrapper(square, None, True, Info)
print([t(i) for i in (1, 1.0, 2, True)], t.cache_info())
z = _lru_cache_wrapper(square, 0, False, Info)
print(z(3), z(3), z.cache_info())
n = _lru_cache_wrapper(square, -5, False, Info)
print(n(2), n.cache_info())
def kw(a, b=1, **k):
    return a + b + sum(k.values())
kk = _lru_cache_wrapper(kw, 10, False, Info)
print(kk(1), kk(1, b=2), kk(1, b=2), kk(a=1, b=2), kk.cache_info())
class C:
    @staticmethod
    def _p():
        pass
    def meth(self, x):
        return (self.v, x)
    meth = _lru_cache_wrapper(meth, 8, False, Info)
    v = 5
c = C(); print(c.meth(1), c.meth(1), C.meth.cache_info(), C.meth(c, 2))
w.__wrapped__ = square; w.__qualname__ = 'square'; print(w.__wrapped__ is square, w.__reduce__())
print(w.__copy__() is w, w.__deepcopy__({}) is w)
for bad in [lambda: _lru_cache_wrapper(5, 1, False, Info), lambda: _lru_cache_wrapper(square, 'x', False, Info),
            lambda: _lru_cache_wrapper(square, 1, False), lambda: u([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, None, False, Info)
print(fib(80), fib.cache_info())
