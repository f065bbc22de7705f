def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(), count(1), count(*range(100))[0], count(**{str(i): i for i in range(3)}))
print(count(*[], **{}), count(*(1,), *(2,), **{"a": 1}, **{"b": 2}))
def first(*args):
    return args[0] if args else None
print(first(), first(None), first(*"abc"), type(count(1)).__name__)
def keys_with_odd_names(**kw):
    return kw
print(keys_with_odd_names(**{"with space": 1, "1digit": 2, "": 3}))
def reserved(**kw):
    return kw
print(reserved(**{"class": 1, "def": 2}), reserved(self=1))
def mixed(a, *args, b, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, c=5), mixed(a=1, b=2))
try:
    mixed(1, 2)
except TypeError as e:
    print(e)
try:
    mixed(b=1)
except TypeError as e:
    print(e)
args = [1, 2]
kwargs = {"b": 3}
print(mixed(*args, **kwargs), args, kwargs)
