class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
member = Point.__dict__["x"]
print(type(member).__name__, member.__name__, member.__objclass__ is Point, "x" in Point.__dict__)
p = Point(1, 2)
print(member.__get__(p, Point), member.__get__(None, Point) is member)
member.__set__(p, 10)
print(p.x)
try:
    member.__get__(object(), object)
except TypeError as e:
    print(e)
try:
    member.__set__(object(), 1)
except TypeError as e:
    print(e)
class Q:
    __slots__ = ("value",)
    def __repr__(self):
        return f"Q({getattr(self, 'value', '<unset>')})"
q = Q()
print(q)
q.value = [1, 2]
print(q, q.value is q.value)
print(sorted(k for k in Q.__dict__ if not k.startswith("__")), "__dict__" in Q.__dict__)
