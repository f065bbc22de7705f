class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, "is_abstract", False)}
        for base in bases:
            for k in getattr(base, "abstracts", ()):
                if getattr(getattr(cls, k), "is_abstract", False):
                    abstract.add(k)
        cls.abstracts = frozenset(abstract)
        return cls
    def __call__(cls, *a, **kw):
        if cls.abstracts:
            raise TypeError(f"Can't instantiate {cls.__name__} with abstract {sorted(cls.abstracts)}")
        return super().__call__(*a, **kw)
def abstract(fn):
    fn.is_abstract = True
    return fn
class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
class Half(Shape):
    def area(self):
        return 1
class Full(Half):
    def name(self):
        return "full"
for cls in (Shape, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.area(), obj.name())
    except TypeError as e:
        print(e)
