class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(a):
        return a * 2
p = Point(3, 4)
print(p, p.x, p.dims, Point.dims, p.dist2(Point.origin()), Point.helper(5), p.helper(6))
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__, type(p).__name__)
print(sorted(vars(p).items()), "dist2" in Point.__dict__, isinstance(p, Point), isinstance(p, object))
p.z = 9
print(p.__dict__, hasattr(p, "z"), getattr(p, "w", "no w"))
del p.z
try:
    p.z
except AttributeError as e:
    print(e)
try:
    Point.nothing
except AttributeError as e:
    print(e)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
print(Point(1, 1).dims, p.dims)
print(Point.dist2(p, Point(0, 0)), Point.dist2.__qualname__)
try:
    Point(1)
except TypeError as e:
    print(e)
