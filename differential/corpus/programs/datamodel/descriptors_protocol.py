# data and non-data descriptors, __set_name__, user __get__/__set__/__delete__
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "default")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d, C.d.name, type(C.__dict__["d"]).__name__)
c.d = 5
print(c.d, sorted(vars(c)))
c.__dict__["d"] = "shadow?"
print(c.d)
del c.d
print(c.d)
print(c.n, C.n)
c.__dict__["n"] = "instance wins"
print(c.n)
try:
    del c.missing
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __get__(self, obj, t):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 2
except AttributeError as e:
    print(e, r.x)

class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["s"] = v * 2
class S:
    s = SetOnly()
x = S()
print(type(S.s).__name__)
x.s = 4
print(x.s)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class T:
        b = Bad()
except ValueError as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))

def f(self):
    return "f"
print(f.__get__(c, C)(), f.__get__(None, C) is f, type(f.__get__(c)).__name__)
