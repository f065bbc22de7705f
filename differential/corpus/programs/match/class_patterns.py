class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(c=Point(x, y), r=r):
            return f"circle at {x},{y} r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 3), 7, 2.5, "s", b"b", None]:
    print(where(o))
try:
    match Circle(1, 2):
        case Circle(1, 2):
            pass
except TypeError as e:
    print(e)
class Many:
    __match_args__ = ("a",)
    a = 1
try:
    match Many():
        case Many(1, 2):
            pass
except TypeError as e:
    print(e)
