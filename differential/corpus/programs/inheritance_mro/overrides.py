class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Base:
    x = 1
    def get(self):
        return self.x
class Child(Base):
    x = 2
print(Base().get(), Child().get(), Child.get is Base.get)
class AttrShadow(Child):
    def __init__(self):
        self.x = 3
print(AttrShadow().get(), AttrShadow.x)
print(sorted(n for n in dir(Square) if not n.startswith("_")))
