x = "module"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().method(), A.z, A.w)
class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i for i in items if i in items]
    except NameError as e:
        err = str(e)
print(B.doubled, B.err)
def factory():
    v = "enclosing"
    class C:
        v = "class body"
        def get(self):
            return v
        got = v
    return C
C = factory()
print(C().get(), C.got)
class D:
    n = 1
    n += 1
    def n2(self):
        return D.n
print(D.n, D().n2(), "n" in D.__dict__)
