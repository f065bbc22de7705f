class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [5], type(s + [5]).__name__)
print(type(s[1:]).__name__, type(s * 2).__name__, s == [1, 2, 3, 4], sorted(s, reverse=True))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
l = Logged()
l.append(1)
l.extend([2, 3])
l[0] = 10
l += [4]
print(l, repr(l))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"
n = Named("nums", range(3))
n.reverse()
print(n, n.name, n.__dict__, list(n))
