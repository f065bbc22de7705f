# rich comparisons: reflection, fallbacks and TypeError text
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __lt__(self, other):
        print("lt", self, other)
        if isinstance(other, N):
            return self.v < other.v
        return NotImplemented
    def __eq__(self, other):
        print("eq", self, other)
        if isinstance(other, N):
            return self.v == other.v
        return NotImplemented
print(N(1) < N(2), N(2) > N(1), N(1) == N(1), N(1) != N(2))
print(N(1) == 1, 1 == N(1), N(1) != "x")
for expr in ("N(1) <= N(2)", "N(1) >= N(2)", "N(1) < 3", "3 < N(1)", "N(1) > 'a'",
             "object() < object()", "1 < 'a'", "[1] < (1,)", "None > None", "{} <= {}"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
class Sub(N):
    def __gt__(self, other):
        print("Sub.gt", self, other)
        return True
print(N(1) < Sub(2))
class Weird:
    def __eq__(self, other):
        return "yes"
    def __lt__(self, other):
        return [1]
print(Weird() == 1, Weird() != 1, Weird() < 2)
if Weird() < 2:
    print("truthy list")
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v))
class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = Always()
print(a in [1, 2], [1, 2].count(a), a == None, None == a)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(2))
try:
    print(Cmp(1) < Cmp(2))
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < 3, 1 < 3 < 2, (1, N(1)) < (1, N(2)))
