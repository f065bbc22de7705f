class R:
    def __init__(self, name):
        self.name = name
    def __add__(self, o):
        print(f"{self.name}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"{self.name}.__radd__")
        return f"radd by {self.name}"
class Sub(R):
    def __radd__(self, o):
        print(f"Sub {self.name}.__radd__")
        return "sub wins"
try:
    print(R("a") + R("b"))
except TypeError as e:
    print("same type, no __radd__:", e)
print(R("a") + Sub("s"))
print(5 + R("x"))
class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return ("sub", self.v, o)
    def __rsub__(self, o):
        return ("rsub", o, self.v)
    def __rtruediv__(self, o):
        return ("rtruediv", o)
    def __rpow__(self, o):
        return ("rpow", o)
    def __rlshift__(self, o):
        return ("rlshift", o)
print(Num(1) - 2, 2 - Num(1), 1 / Num(0), 2 ** Num(3), 1 << Num(0), [1] - Num(2) if False else "skip")
class Never:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Never() + Never()
except TypeError as e:
    print(e)
