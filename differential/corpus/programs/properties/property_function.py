class Box:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, "the value")
    ro = property(lambda self: "read only")
b = Box()
b.v = 5
print(b.v, Box.v.__doc__, b.ro, Box.ro.fset, Box.ro.fdel)
p = property()
try:
    p.__get__(b, Box)
except AttributeError as e:
    print(e)
p2 = Box.v.setter(lambda self, v: setattr(self, "_v", -v))
Box.v2 = p2
b.v2 = 3
print(b.v, p2.fget is Box.v.fget, p2 is not Box.v)
class Sub(Box):
    @Box.v.getter
    def v(self):
        return "sub sees " + str(self._v)
s = Sub()
s.v = 4
print(s.v)
class Lazy:
    @property
    def fails(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr got " + name
print(Lazy().fails)
