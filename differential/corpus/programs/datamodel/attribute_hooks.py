# __getattribute__, __getattr__, __setattr__, __delattr__ overrides
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("getattr", name))
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)

o = Logged()
o.a = 1
print(o.a, o.auto_hello)
del o.a
try:
    o.secret
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(o, "nothing", "dflt"), hasattr(o, "auto_x"), hasattr(o, "nope"))
print(o.log)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    __slots__ = ("v",)
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)

class Plain:
    pass
x = Plain()
try:
    del x.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(x, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "real", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(x, "q")
except AttributeError as e:
    print(type(e).__name__, e)
