# functools.partial objects and lru_cache wrappers can be weakly referenced.
import functools
import weakref


def f(a, b=1):
    return a + b


p = functools.partial(f, 1)
r = weakref.ref(p)
print(r() is p, r()(2))
c = functools.lru_cache(f)
rc = weakref.ref(c)
print(rc() is c, rc()(3), c.cache_info().misses)
