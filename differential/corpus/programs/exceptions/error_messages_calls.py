def f(a, b):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls, y):
        pass
tests = [
    lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: C().m(), lambda: C().m(1, 2),
    lambda: C.m(1), lambda: C.s(1), lambda: C.c(), lambda: C(1), lambda: int("1", "2", "3"),
    lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(), lambda: "".split(1),
    lambda: (lambda x, /: x)(x=1), lambda: (lambda *, k: k)(1), lambda: print(sep=1),
    lambda: max(1, 2, key=3), lambda: sorted([1], reverse="x"), lambda: range(1, 2, 3, 4),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
