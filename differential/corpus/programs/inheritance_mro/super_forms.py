class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, x):
        return f"Base.greet({x})"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def greet(self, x):
        return "Mid>" + super(Mid, self).greet(x)
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def greet(self, x):
        return "Leaf>" + super().greet(x)
l = Leaf()
print(l.log, l.greet(1), Leaf.make(), super(Leaf, l).greet(2), super(Mid, l).greet(3))
s = super(Leaf, l)
print(type(s).__name__, s.__self__ is l, s.__thisclass__.__name__, s.__self_class__.__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()
class Weird:
    def m(self):
        def inner():
            return super().m()
        return inner
try:
    Weird().m()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
print(super(Mid, Leaf).make(), super(Base, l).__init__ is not None)
