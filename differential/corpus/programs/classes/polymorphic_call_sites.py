# One call site meeting many classes and functions: each keeps its own binding plan (keywords,
# defaults, *args), more callees than a site remembers, and methods shadowed by instance
# attributes set after the first calls (objects that had no instance dict yet).


class Base:
    def run(self, x, y=1, *, z=0):
        return ("Base", x, y, z)


def make(i):
    def run(self, x, y=10 * i, *, z=i):
        return (type(self).__name__, x, y, z)

    return type("K%d" % i, (Base,), {"run": run})


classes = [Base] + [make(i) for i in range(1, 8)]
objs = [cls() for cls in classes]


def call_all(items):
    out = []
    for o in items:
        out.append(o.run(1))
        out.append(o.run(2, z=5))
        out.append(o.run(3, y=4))
    return out


for _ in range(3):
    print(call_all(objs))
print(call_all(list(reversed(objs))))


class Empty:
    def hello(self):
        return "method"


e = Empty()
print(e.hello(), vars(e))
e.hello = lambda: "instance attribute"
print(e.hello(), sorted(vars(e)))
del e.hello
print(e.hello(), vars(e))


class Slotted:
    __slots__ = ("a",)

    def get(self):
        return "slotted"


s = Slotted()
print(s.get(), hasattr(s, "__dict__"))


def f(a, b=2):
    return ("f", a, b)


def g(a, *rest, b=3):
    return ("g", a, rest, b)


def h(a, **kw):
    return ("h", a, sorted(kw))


funcs = [f, g, h, f, g, h, lambda a, b=0: ("lambda", a, b)]
for fn in funcs * 2:
    try:
        print(fn(1, b=7))
    except TypeError as exc:
        print("TypeError", exc)


# a function whose code changes between calls of one site
def target(a, b=1):
    return ("before", a, b)


def replacement(a, *, b=2):
    return ("after", a, b)


for i in range(3):
    print(target(i, b=i))
    if i == 1:
        target.__code__ = replacement.__code__
