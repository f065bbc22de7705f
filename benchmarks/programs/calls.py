# Unpacking and keyword-argument-heavy calls: positional, keyword, default, keyword-only,
# *args and **kwargs parameters; calls that spread sequences and dicts; tuple unpacking in
# assignments and for loops, starred targets, and methods called with keywords.

SIZE = 700000  # quick: 300


def area(width, height=1, *, scale=1):
    return width * height * scale


def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result


def describe(name, **options):
    return len(name) + sum(options.values()) + len(options)


def combine(a, b, /, c, *rest, d=4, **extra):
    return a + b * c + d + len(rest) + len(extra)


class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, *, dx=0, dy=0):
        return Point(x=self.x + dx, y=self.y + dy)

    def as_tuple(self):
        return self.x, self.y


def run(n):
    checksum = 0
    settings = {"scale": 2}
    flags = {"bold": 1, "size": 3}
    for i in range(n):
        args = (i % 10, i % 3 + 1)
        checksum += area(*args, **settings)
        checksum += area(width=i % 7, height=2) + area(i % 5)
        checksum += total(1, 2, 3, *args, start=i % 4)
        checksum += describe("item", **flags, extra=i % 2)
        checksum += combine(1, 2, 3, 5, 6, d=i % 9, e=1)
        p = Point(i % 13, y=i % 17).moved(dx=1, dy=-1)
        x, y = p.as_tuple()
        first, *middle, last = (x, y, i % 4, i % 6)
        checksum += x * y + first + last + len(middle)
        for key, (a, b) in (("p", (x, y)), ("q", args)):
            checksum += a - b + len(key)
        x, y = y, x
        checksum += x - y
    return checksum


print(run(SIZE))
