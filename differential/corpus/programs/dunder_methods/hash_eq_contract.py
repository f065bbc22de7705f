class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
class Child(Point):
    def __eq__(self, o):
        return super().__eq__(o)
print(Child.__hash__ is None)
try:
    hash(Child(1, 1))
except TypeError as e:
    print(e)
class KeepHash(Point):
    def __eq__(self, o):
        return False
    __hash__ = Point.__hash__
print(hash(KeepHash(1, 2)) == hash(Point(1, 2)))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
