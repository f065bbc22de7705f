class Base:
    def __repr__(self):
        return f"<{type(self).__name__}>"
    def __len__(self):
        return 1
class Child(Base):
    def __len__(self):
        return super().__len__() + 1
class GrandChild(Child):
    pass
print(repr(GrandChild()), len(GrandChild()), len(Child()), len(Base()))
Child.__len__ = lambda self: 42
print(len(GrandChild()))
del Child.__len__
print(len(GrandChild()))
Base.__repr__ = lambda self: "patched"
print(repr(GrandChild()))
class Dyn:
    pass
d = Dyn()
d.__len__ = lambda: 7
try:
    len(d)
except TypeError as e:
    print("instance attributes are not special methods:", e)
Dyn.__len__ = lambda self: 7
print(len(d))
class A:
    def hello(self):
        return "A"
class B(A):
    pass
b = B()
print(b.hello())
A.hello = lambda self: "patched A"
print(b.hello())
B.hello = lambda self: "B's own"
print(b.hello(), A().hello())
