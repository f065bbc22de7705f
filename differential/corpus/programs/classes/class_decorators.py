def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
REGISTRY = {}
@register(REGISTRY)
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin
@register(REGISTRY)
class Group:
    pass
print(User("ann"), User("root", True), sorted(REGISTRY), REGISTRY["user"] is User)
def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_done", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)
    original_init = cls.__init__
    def __init__(self, *a, **k):
        original_init(self, *a, **k)
        object.__setattr__(self, "_done", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print(e)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4), type(Config).__name__)
