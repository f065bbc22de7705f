# __init_subclass__ with kwargs, __class_getitem__, __mro_entries__
class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins[cls.plugin_name] = cls
class Alpha(Registry): pass
class Beta(Registry, name="b"): pass
class Gamma(Beta): pass
print(sorted(Registry.plugins), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Registry, name="x", extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
class NoGet: pass
try:
    NoGet[1]
except TypeError as e:
    print(type(e).__name__, e)
print(type.__dict__.get("__class_getitem__"))

class Entries:
    def __init__(self, *bases):
        self.bases = bases
    def __mro_entries__(self, bases):
        print("entries for", len(bases))
        return self.bases
class Real: pass
class Other: pass
class Made(Entries(Real, Other)): pass
print([c.__name__ for c in Made.__mro__], Made.__orig_bases__[0].bases == (Real, Other))
class Dropped(Entries()): pass
print(Dropped.__bases__)
class Wrong:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class W(Wrong()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class N(3): pass
except TypeError as e:
    print(type(e).__name__, e)
