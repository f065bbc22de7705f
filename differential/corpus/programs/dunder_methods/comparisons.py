import sys
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 10), Ver(1, 2, 1), Ver(0, 9)]
print(sorted(vs), max(vs), min(vs), Ver(1) < Ver(2), Ver(2) > Ver(1), Ver(1) >= Ver(1))
try:
    Ver(1) < 5
except TypeError as e:
    print(e)
class Spy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"{self.n}<{o.n}")
        return self.n < o.n
    def __gt__(self, o):
        print(f"{self.n}>{o.n}")
        return self.n > o.n
a, b, c = Spy(1), Spy(2), Spy(3)
print(a < b < c)
print(c < b < a)
print(a > b)
class Sub(Spy):
    def __gt__(self, o):
        print("Sub.__gt__ reflected first")
        return True
print(Spy(1) < Sub(2))
