o = object()
print(type(o).__name__, o.__class__ is object, object.__bases__, object.__mro__, type.__bases__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(o) if n not in ("__init_subclass__", "__subclasshook__", "__getstate__")))
print(o == o, o != object(), hash(o) == hash(o), bool(o), str(o) == repr(o))
print(type(None).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__, type(type).__name__)
print(type(len).__name__, type([].append).__name__, type(lambda: 0).__name__, type(print).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(str.join).__name__)
print(type(type.__dict__["__name__"]).__name__, type(int.__dict__["real"]).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(set())).__name__, type(iter(range(0))).__name__, type({}.keys()).__name__, type(zip()).__name__)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(callable(object), callable(o), object.__name__, object.__qualname__, object.__module__)
