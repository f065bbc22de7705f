class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Gamma.key, Beta.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x"], Generic[1, 2])
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntry(Entry()):
    pass
print(FromEntry.__bases__, FromEntry.__orig_bases__[0].__class__.__name__)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    first = Named()
    second = Named()
