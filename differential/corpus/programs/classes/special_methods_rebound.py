# Special methods found through the class are looked up again whenever a class, a base, the
# bases or the MRO change: truth tests, len, iteration, subscripts, membership, hash, repr and
# calls on instances follow each change at once.
class Base:
    pass


class C(Base):
    pass


c = C()
print(bool(c), repr(c)[:10])
C.__bool__ = lambda self: False
print(bool(c), "yes" if c else "no")
del C.__bool__
Base.__len__ = lambda self: 0
print(bool(c), len(c))
Base.__len__ = lambda self: 3
print(bool(c), len(c))
Base.__getitem__ = lambda self, i: i * 10
print(c[4], list(zip(range(3), c)))
Base.__iter__ = lambda self: iter("ab")
print(list(c), "a" in c, "z" in c)
C.__contains__ = lambda self, x: x == "z"
print("a" in c, "z" in c)
C.__setitem__ = lambda self, k, v: print("set", k, v)
c[1] = 2
C.__hash__ = lambda self: 42
print(hash(c), {c: 1}[c])
C.__repr__ = lambda self: "<a C>"
print(repr(c), [c])
C.__call__ = lambda self, x: x + 1
print(c(1))
del C.__call__
try:
    c(1)
except TypeError as e:
    print(e)


class Other:
    def __len__(self):
        return 7

    def __bool__(self):
        return True


c.__class__ = Other
print(len(c), bool(c))


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = It()
print(list(it))


def exhausted(self):
    raise StopIteration


It.__next__ = exhausted
print(list(It()))


class NoLen:
    pass


C.__bases__ = (NoLen,)
try:
    len(C())
except TypeError as e:
    print(e)
