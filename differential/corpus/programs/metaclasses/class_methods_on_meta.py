class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.fields)} fields"
    def __len__(cls):
        return len(cls.fields)
    def __iter__(cls):
        return iter(cls.fields)
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    def __repr__(cls):
        return f"<Model {cls.__name__}>"
    def __instancecheck__(cls, obj):
        return hasattr(obj, "fields") or type.__instancecheck__(cls, obj)
    def __subclasscheck__(cls, sub):
        return getattr(sub, "duck", False) or type.__subclasscheck__(cls, sub)
class Model(metaclass=Meta):
    fields = ("id", "name")
class Duck:
    fields = ()
    duck = True
print(Model.describe(), len(Model), list(Model), Model[int], Model, repr(Model))
print(isinstance(Duck(), Model), isinstance(5, Model), issubclass(Duck, Model), issubclass(int, Model))
try:
    Model().describe()
except AttributeError as e:
    print(e)
print(type(Model).describe(Model), Meta.__repr__(Model))
class Counted(type):
    count = 0
    def __call__(cls, *a):
        Counted.count += 1
        return super().__call__(*a)
class X(metaclass=Counted):
    def __init__(self, v):
        self.v = v
xs = [X(i) for i in range(4)]
print(Counted.count, xs[2].v)
