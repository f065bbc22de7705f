# metaclass attributes, methods on classes, __call__ overrides, class-level __getattr__
class Meta(type):
    counter = 0
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        Meta.counter += 1
        return super().__new__(mcls, name, bases, ns)
    def describe(cls):
        return f"{cls.__name__} via {type(cls).__name__}"
    def __getattr__(cls, name):
        return f"meta-getattr {name}"
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __iter__(cls):
        return iter(["x", "y"])
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A.created_by, B.created_by, Meta.counter, A.describe(), B.describe())
print(A.whatever, len(B), A, repr(B), list(A), B.upper_name)
print(hasattr(A(), "describe"), "describe" in dir(A), type(A).__name__)
try:
    A().describe()
except AttributeError as e:
    print(type(e).__name__, e)
class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst
class C(metaclass=CountingMeta):
    def __init__(self, v):
        self.v = v
c = C(3)
print(c.v, c.made_by_meta)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class S(metaclass=Singleton):
    pass
print(S() is S(), len(Singleton._instances))
class InitMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("_"))
class Rec(metaclass=InitMeta):
    b = 1
    a = 2
print(Rec.fields)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()), type(type.__dict__["__prepare__"]).__name__)
print(isinstance(A, type), issubclass(Meta, type), type(Meta), Meta.__mro__[1:])
class Tracking(type):
    def mro(cls):
        print("custom mro for", cls.__name__)
        return [cls, object]
class T(metaclass=Tracking):
    pass
print(T.__mro__)
