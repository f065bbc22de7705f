class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "replaced"
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self):
        self.n = 0
    def __add__(self, o):
        r = OnlyAdd()
        r.n = self.n + o
        return r
x = OnlyAdd()
y = x
x += 1
print(x.n, y.n, x is y)
lst = [1]
ref = lst
lst += (2, 3)
print(lst, ref is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s2 = s
s |= {2}
print(s is s2, s)
