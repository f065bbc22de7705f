# Ints turned into text in loops: str(i), "%d" % i, f"{i}", format, joins of the results; the
# calls of str() and int() (type(...) calls whose class has its own __new__ and object's
# __init__), subclasses that change __str__/__repr__/__format__/__rmod__/__init__, and errors.
def texts(values):
    out = []
    for v in values:
        out.append((str(v), "%d" % v, "%s|%r|%5d|%-4d|%x" % (v, v, v, v, v), f"{v}",
                    f"{v:>6}", format(v), "[%s]" % v))
    return out


vals = [0, 7, -7, 10**20, -(2**70), True, False, 255]
for row in texts(vals):
    print(row)
print(",".join(str(i) for i in range(20)))
print(",".join([str(i) for i in range(-3, 3)]), "-".join(("a",)), "".join([]), "x".join(["", ""]))
total = 0
for i in range(2000):
    total += len(str(i)) + len("%d" % i) + len(f"{i}")
print(total)


class Loud(int):
    def __str__(self):
        return "Loud(%d)" % int(self)

    def __repr__(self):
        return "Loud!"

    def __format__(self, spec):
        return "fmt:" + spec


class Quiet(int):
    pass


for v in (Loud(5), Quiet(6)):
    print(str(v), "%d" % v, "%s" % v, "%r" % (v,), f"{v}", f"{v:x}", repr(v), format(v, ""))


class RMod(str):
    def __rmod__(self, other):
        return "RMod.__rmod__ with " + other


print("%s" % RMod("x"), "abc" % RMod("y"))
print("%s and %s" % ("a", "b"), "%(k)s" % {"k": 1}, "%%d" % (), "%c" % 65)
for bad in (("%d", "s"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(k)s", (1,)), ("%z", 1)):
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)


# calls of classes: __new__ only, __init__ only, both, neither, and the argument errors that
# object.__new__/object.__init__ raise
class NewOnly:
    def __new__(cls, *args):
        print("NewOnly.__new__", args)
        return super().__new__(cls)


class InitOnly:
    def __init__(self, *args):
        print("InitOnly.__init__", args)


class Neither:
    pass


class StrSub(str):
    pass


class StrSubInit(str):
    def __init__(self, *args):
        print("StrSubInit.__init__", args)


NewOnly(1, 2)
NewOnly()
InitOnly(3)
Neither()
for cls, args in ((Neither, (1,)), (object, (1,)), (NewOnly, ())):
    try:
        print(type(cls(*args)).__name__)
    except TypeError as e:
        print("TypeError:", e)
print(repr(StrSub(12)), repr(StrSubInit(13)), repr(str(b"ab", "ascii")), repr(str()))
print(int("12"), int("ff", 16), float("1.5"), tuple([1, 2]), frozenset() == frozenset())
for args in (("x", 1, 2, 3), (1, "utf-8")):
    try:
        str(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    str(object=1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
