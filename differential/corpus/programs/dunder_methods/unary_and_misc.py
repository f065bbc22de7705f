class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __rand__(self, o):
        return Bits(o & self.v)
    def __repr__(self):
        return f"Bits({self.v:#06b})"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 1, 0b0110 & a)
class Dunders:
    def __len__(self):
        return 5
    def __iter__(self):
        return iter([3, 1, 2])
    def __reversed__(self):
        return iter("rev")
    def __contains__(self, x):
        return x == "magic"
d = Dunders()
print(len(d), list(d), sorted(d), list(reversed(d)), "magic" in d, 3 in d, max(d), sum(d))
class Divmod:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(Divmod(), 3), divmod(3, Divmod()))
