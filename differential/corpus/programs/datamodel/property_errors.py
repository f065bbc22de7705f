# property with getter/setter/deleter and its errors
class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
        del self._x
    @property
    def ro(self):
        return "ro"
    wo = property(None, lambda self, v: print("wo set", v))
    anon = property()

c = C()
print(c.x, C.x.__doc__, type(C.x).__name__, C.x.fget.__name__, C.x.fset is not None)
c.x = 10
print(c.x)
try:
    c.x = -1
except ValueError as e:
    print(type(e).__name__, e)
del c.x
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
for action in ("set ro", "del ro", "get wo", "del wo", "get anon", "set anon"):
    try:
        if action == "set ro":
            c.ro = 1
        elif action == "del ro":
            del c.ro
        elif action == "get wo":
            c.wo
        elif action == "del wo":
            del c.wo
        elif action == "get anon":
            c.anon
        else:
            c.anon = 3
    except AttributeError as e:
        print(action, type(e).__name__, e)
c.wo = 7
p = property(lambda self: 1)
try:
    p.__set__(c, 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(fget=None, bad=1)
except TypeError as e:
    print(type(e).__name__, e)
print(property(doc="d").__doc__, property().fget, p.__get__(None, C) is p)
class Sub(C):
    @C.x.getter
    def x(self):
        return "sub " + str(self._x)
s = Sub()
print(s.x, Sub.x.__doc__)
s.x = 3
print(s.x)
print(C.__dict__["x"].__isabstractmethod__)
