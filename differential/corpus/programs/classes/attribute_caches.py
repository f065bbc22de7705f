# Attribute reads, writes and method calls at one site while the classes change under it: the
# evaluator caches what each site found per type (keyed by the type's version), so every change
# below must be seen at once.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return "Base(%d)" % self.n


class Child(Base):
    pass


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.kind, o.n, o.describe()))
    return out


objs = [Base(1), Child(2)]
print(read_all(objs))

# a class attribute changed on the base, then shadowed on the subclass
Base.kind = "changed"
print(read_all(objs))
Child.kind = "child"
print(read_all(objs))
del Child.kind
print(read_all(objs))

# a method replaced, then shadowed by an instance attribute, then the shadow removed
Base.describe = lambda self: "patched(%d)" % self.n
print(read_all(objs))
objs[0].describe = lambda: "instance"
print(read_all(objs))
del objs[0].describe
print(read_all(objs))

# a data descriptor appears on the class: it wins over the instance dict
Base.n = property(lambda self: -1)
print(read_all(objs))
del Base.n
print(read_all(objs))


# __class__ and __dict__ assignment
class Other:
    kind = "other"

    def describe(self):
        return "Other"


objs[1].__class__ = Other
objs[1].__dict__ = {"n": 99}
print(read_all(objs))


# __bases__ assignment changes what a subclass resolves
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


c = C()
for step in range(3):
    print(c.who())
    C.__bases__ = (B,) if step % 2 == 0 else (A,)


# one site meeting many types (more than a site remembers)
def make(i):
    return type("T%d" % i, (), {"v": i, "get": lambda self, i=i: i * 10})()


many = [make(i) for i in range(7)]
for _ in range(2):
    print([(m.v, m.get()) for m in many])
type(many[3]).get = lambda self: "new"
print([m.get() for m in many])


# writes: a setter appears after the site first wrote to the instance dict
class W:
    pass


def store(w, v):
    w.x = v
    return w.__dict__.get("x")


w = W()
print(store(w, 1))
W.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(store(w, 2), w.x)
del W.x
print(store(w, 3), w.x)


# __getattr__ and __setattr__ added after the fact
class G:
    pass


g = G()
g.a = 1
print(getattr(g, "b", "missing"), g.a)
G.__getattr__ = lambda self, name: "dyn-" + name
print(g.b, g.a)
G.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 2)
g.a = 5
print(g.a)


# builtin methods at a call site, and a subclass overriding one
class L(list):
    def append(self, v):
        super().append(v * 100)


for seq in ([], L()):
    for i in range(3):
        seq.append(i)
    print(type(seq).__name__, seq)


# __init__ and __new__ replaced after instances were made
class P:
    def __init__(self, v):
        self.v = v


print(P(1).v)
P.__init__ = lambda self, v: setattr(self, "v", v + 1)
print(P(1).v)
P.__new__ = lambda cls, v: "not a P"
print(P(1))
