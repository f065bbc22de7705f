class Circle:
    def __init__(self, r):
        self._r = r
        self._area = None
        self.computations = 0
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._r = value
        self._area = None
    @property
    def area(self):
        if self._area is None:
            self.computations += 1
            self._area = 3.14159 * self._r ** 2
        return self._area
c = Circle(2)
print(c.area, c.area, c.computations)
c.r = 3
print(c.area, c.computations, c.r)
try:
    c.r = -1
except ValueError as e:
    print(e, c.r)
class Fancy:
    @property
    def name(self):
        "The name."
        return type(self).__name__.lower()
print(Fancy().name, Fancy.name.__doc__, type(Fancy.name.fget).__name__)
