class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5))
print(isinstance(m, int), m.bit_length(), -m, type(-m).__name__, f"{m:04d}", str(m))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, u[1:3], len(u))
print(u == "HELLO", {u: 1}["HELLO"], "%s" % u, f"{u}", u.split("L"))
class Flag(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __str__(self):
        return self.name
f = Flag(4, "four")
print(f, f + 1, f.name, int(f), sorted([Flag(3, "c"), Flag(1, "a")]))
class F(float):
    pass
print(F(1.5) + 1, type(F(2.5)).__name__, F("3.25"), F(2).is_integer(), repr(F(0.1)))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t = T(1, 2, 3)
print(t, type(t).__name__, t + (4,), type(t + (4,)).__name__, t[0], t.count(2))
