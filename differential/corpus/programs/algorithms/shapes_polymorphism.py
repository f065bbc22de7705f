import sys
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__()
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
shapes = [Rect(3, 4), Square(2), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, max(shapes), sum(s.area() for s in shapes) > 20, [type(s).__name__ for s in shapes])
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__mro__[1].__name__, []).append(type(s).__name__)
print(by_type)
