class A:
    @property
    def ro(self):
        return 1
    @property
    def broken(self):
        return self.missing_attribute
    def _set(self, v):
        self._v = v
    wo = property(None, _set)
a = A()
for action in [lambda: setattr(a, "ro", 2), lambda: delattr(a, "ro"), lambda: a.broken, lambda: a.wo]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
a.wo = 5
print(a._v)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
p = property(lambda self: "x")
print(p.__get__(a), p.__doc__, property.__name__, hasattr(p, "__set__"))
print(property().fget, property(doc="d").__doc__)
class B(A):
    ro = 5
print(B().ro, A().ro)
