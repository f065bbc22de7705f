# __slots__ members read and written in loops, so that the attribute nodes' caches are used:
# empty slots, deletion, subclasses with more slots or a __dict__, a property that later
# replaces a slot in a subclass, class reassignment, and slots in builtin subclasses.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass


def total(points):
    s = 0
    for p in points:
        s += p.x + p.y
        p.x += 1
    return s


pts = [Point(i, -i) for i in range(5)] + [Point3(1, 2)] + [Loose(3, 4)]
pts[5].z = 9
pts[6].extra = "dict"
for _ in range(3):
    print(total(pts))
print([p.x for p in pts], pts[5].z, pts[6].extra, vars(pts[6]))

empty = Point.__new__(Point)


def read_x(p):
    return p.x


for _ in range(2):
    try:
        read_x(empty)
    except AttributeError as e:
        print("AttributeError:", e)
empty.x = 5
print(read_x(empty))
del empty.x
try:
    read_x(empty)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del empty.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    empty.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Other:
    __slots__ = ("x", "y")


o = Point(1, 2)
print(read_x(o))
o.__class__ = Other
print(read_x(o), o.y, type(o).__name__)
Other.x = property(lambda self: "property now")
print(read_x(o))


class MyList(list):
    __slots__ = ("tag",)


ml = MyList([1, 2])
for i in range(3):
    ml.tag = i
    print(ml.tag, ml)


def write_y(p, v):
    p.y = v


q = Point(0, 0)
for v in range(3):
    write_y(q, v)
print(q.y)
Point.y.__set__(q, "via descriptor")
print(q.y, Point.x.__get__(q), type(Point.__dict__["x"]).__name__)
