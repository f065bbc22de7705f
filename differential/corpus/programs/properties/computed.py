class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, wh):
        self.w, self.h = wh
r = Rect(2, 3)
print(r.area, r.size)
r.size = (5, 6)
print(r.area, r.w, r.h)
try:
    r.size = 5
except TypeError as e:
    print(e)
class Validated:
    def __init__(self):
        self._items = []
    @property
    def items(self):
        return tuple(self._items)
    def add(self, x):
        self._items.append(x)
v = Validated()
v.add(1); v.add(2)
print(v.items, type(v.items).__name__)
try:
    v.items.append(3)
except AttributeError as e:
    print(e)
print([name for name, val in vars(Rect).items() if isinstance(val, property)])
