class Temp:
    __slots__ = ("_k",)
    def __init__(self, k):
        self._k = k
    @property
    def celsius(self):
        return self._k - 273.15
    @celsius.setter
    def celsius(self, c):
        self._k = c + 273.15
t = Temp(300)
print(round(t.celsius, 2))
t.celsius = 0
print(t._k)
try:
    t.kelvin = 5
except AttributeError as e:
    print(e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    __hash__ = None
vs = [Vec(i, -i) for i in range(3)]
print(vs, Vec(1, 2) == Vec(1, 2), Vec.__hash__)
class Partial:
    __slots__ = ("a", "b")
p = Partial()
p.a = 1
print(p.a, hasattr(p, "b"), getattr(p, "b", "unset"))
