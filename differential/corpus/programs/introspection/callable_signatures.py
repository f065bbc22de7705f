def f(a, b=1, *args, c, d=2, **kw):
    pass
co = f.__code__
names = co.co_varnames[:co.co_argcount + co.co_kwonlyargcount + 2]
print(names, co.co_argcount, co.co_kwonlyargcount, bool(co.co_flags & 4), bool(co.co_flags & 8))
defaults = dict(zip(co.co_varnames[co.co_argcount - len(f.__defaults__):co.co_argcount], f.__defaults__))
print(defaults, f.__kwdefaults__)
for obj in [len, print, str.upper, "".upper, [].append, int, f, lambda: 0, type, object.__init__]:
    sig = getattr(obj, "__text_signature__", None)
    print(type(obj).__name__, getattr(obj, "__name__", "?"), sig)
class C:
    def method(self, x, /, y):
        pass
print(C.method.__code__.co_posonlyargcount, C().method.__func__.__code__.co_varnames)
