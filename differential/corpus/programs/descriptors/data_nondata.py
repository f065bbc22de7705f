class Data:
    def __get__(self, obj, owner):
        return ("data get", obj is not None, owner.__name__)
    def __set__(self, obj, value):
        print("data set", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata get"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d, c.n, C.n)
c.d = 5
c.__dict__["d"] = "instance value"
print(c.d)
c.n = "shadow"
print(c.n, C.n, vars(c))
del c.n
print(c.n)
class ReadOnly:
    def __get__(self, obj, owner):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class D:
    r = ReadOnly()
try:
    D().r = 1
except AttributeError as e:
    print(e)
class Deleter:
    def __get__(self, obj, owner):
        return "got"
    def __delete__(self, obj):
        print("deleting via descriptor")
class E:
    x = Deleter()
del E().x
print(E().x)
