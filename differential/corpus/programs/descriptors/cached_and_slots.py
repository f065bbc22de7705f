class cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    calls = 0
    @cached
    def expensive(self):
        "computed once"
        Data.calls += 1
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, Data.calls, Data.expensive.__doc__, "expensive" in vars(d))
class S:
    __slots__ = ("a", "b")
print(type(S.a).__name__, S.a.__name__, S.a.__objclass__.__name__)
s = S()
s.a = 1
print(s.a, S.a.__get__(s, S))
try:
    s.b
except AttributeError as e:
    print(e)
S.b.__set__(s, 2)
print(s.b)
S.a.__delete__(s)
print(hasattr(s, "a"))
