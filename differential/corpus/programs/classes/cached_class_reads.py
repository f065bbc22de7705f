# Reads of attributes of class objects (Cls.attr, Cls.method(), self.__class__.x) in loops,
# where the interpreter may remember what a read found, and every change that must be seen:
# assignment and deletion on the class, on a base and on the metaclass, __bases__ and
# __class__ assignment, descriptors gained later, metaclass __getattr__/__getattribute__.
import enum


def reads(get, n=3):
    return [get() for _ in range(n)]


class Base:
    CONSTANT = 3
    shared = "base"

    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def cm(cls, k=1):
        return (cls.__name__, k)

    @staticmethod
    def sm(a, b=2):
        return a + b

    @property
    def prop(self):
        return "prop"


class Cls(Base):
    x = 5


def loop_values():
    out = []
    for i in range(6):
        out.append((Cls.x, Cls.CONSTANT, Cls.shared, Cls.method is Base.__dict__["method"]))
        if i == 1:
            Cls.x = 50            # the class itself changes
        if i == 2:
            Base.CONSTANT = 30    # a base changes
        if i == 3:
            Cls.shared = "own"    # the subclass now hides the base's
        if i == 4:
            del Cls.shared        # and shows it again
    return out


print(loop_values())


def calls():
    out = []
    o = Cls()
    for i in range(4):
        out.append(Cls.method(o))
        out.append(Cls.cm())
        out.append(Cls.cm(k=i))
        out.append(Cls.sm(i))
        out.append(Cls.sm(i, b=10))
        out.append(type(Cls.prop).__name__)
        out.append(int.from_bytes(b"\x01\x02", "big") + len(str.join(",", ["a", "b"])))
        out.append(sorted(dict.fromkeys("ab")))
        if i == 1:
            Cls.cm = classmethod(lambda cls, k=0: ("replaced", cls.__name__, k))
            Cls.sm = staticmethod(lambda a, b=0: a * 100)
    return out


print(calls())

# errors through cached call sites
for args in [(), (1, 2, 3)]:
    try:
        Cls.sm(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    for i in range(3):
        Cls.method()
except TypeError as e:
    print("TypeError:", e)


def missing():
    for i in range(3):
        try:
            Cls.CONSTAN
        except AttributeError as e:
            print("AttributeError:", e, e.name, e.obj is Cls)


missing()


class Sub1(Cls):
    x = "sub1"


class Sub2(Cls):
    pass


class Sub3(Base):
    x = "sub3"


class Sub4(Sub1):
    pass


class Sub5(Sub2):
    x = "sub5"


def polymorphic(objs):
    return [o.__class__.x for o in objs]


objs = [Cls(), Sub1(), Sub2(), Sub3(), Sub4(), Sub5()]
print(polymorphic(objs))
print(polymorphic(objs))
objs[2].__class__ = Sub3    # an instance changes class
Sub1.x = "sub1 changed"
print(polymorphic(objs))


# __bases__ assignment
class A:
    v = "A"


class B:
    v = "B"


class C(A):
    pass


def read_v():
    return C.v


print(reads(read_v))
C.__bases__ = (B,)
print(reads(read_v))
del B.v
try:
    read_v()
except AttributeError as e:
    print("AttributeError:", e)
B.v = "B again"
print(reads(read_v))


# the metaclass: a data descriptor added later wins over the class attribute
class Meta(type):
    pass


class M(metaclass=Meta):
    y = "class y"
    z = "class z"


def read_y():
    return M.y


print(reads(read_y))
Meta.y = property(lambda cls: "meta property for " + cls.__name__)
print(reads(read_y))
del Meta.y
print(reads(read_y))
# a non-data descriptor of the metaclass loses to the class attribute, and shows after deletion
Meta.z = lambda cls: "meta method"


def read_z():
    r = M.z
    return r() if callable(r) else r


print(reads(read_z))
del M.z
print(reads(read_z))


# a value of a metaclass's attribute whose class becomes a data descriptor later
class Later:
    pass


class Meta2(type):
    w = Later()


class N(metaclass=Meta2):
    w = "class w"


def read_w():
    return N.w


print(reads(read_w))
Later.__get__ = lambda self, obj, owner: "Later.__get__ for " + getattr(obj, "__name__", "?")
Later.__set__ = lambda self, obj, value: None
print(reads(read_w))


# a class attribute whose class gains __get__
class Plain:
    def __repr__(self):
        return "<Plain>"


class Holder:
    p = Plain()


def read_p():
    return Holder.p


print(reads(read_p))
Plain.__get__ = lambda self, obj, owner: ("bound", obj, owner.__name__)
print(reads(read_p))
del Plain.__get__
print(reads(read_p))


# the metaclass gains __getattribute__, and __getattr__ for misses
class Meta3(type):
    pass


class G(metaclass=Meta3):
    a = 1


def read_a():
    return G.a


def read_missing():
    try:
        return G.nothing
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(reads(read_a), reads(read_missing))
Meta3.__getattr__ = lambda cls, name: "getattr " + name
print(reads(read_a), reads(read_missing))
Meta3.__getattribute__ = lambda cls, name: "getattribute " + name
print(reads(read_a), reads(read_missing))
del Meta3.__getattribute__
print(reads(read_a), reads(read_missing))


# __class__ assignment on a class: the new metaclass decides
class MetaA(type):
    pass


class MetaB(type):
    @property
    def a(cls):
        return "MetaB property"


class K(metaclass=MetaA):
    a = "K.a"


def read_ka():
    return K.a


print(reads(read_ka))
K.__class__ = MetaB
print(reads(read_ka))
K.__class__ = MetaA
print(reads(read_ka))


# a metaclass attribute of the metaclass's base
class MetaBase(type):
    pass


class MetaChild(MetaBase):
    pass


class H(metaclass=MetaChild):
    q = "H.q"


def read_q():
    return H.q


print(reads(read_q))
MetaBase.q = property(lambda cls: "MetaBase property")
print(reads(read_q))


# classmethod chaining a property (3.11), name of a class through the metaclass's descriptor
class Chained:
    @classmethod
    @property
    def name(cls):
        return "chained " + cls.__name__


def read_chain():
    return Chained.name


print(reads(read_chain))


def read_name():
    return Cls.__name__


print(reads(read_name))
Cls.__name__ = "Renamed"
print(reads(read_name))


# enum members and methods
class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()

    @classmethod
    def first(cls):
        return list(cls)[0]


def enum_reads():
    out = []
    for i in range(3):
        out.append((Color.RED, Color.GREEN.value, Color.describe(Color.RED), Color.first()))
    try:
        Color.BLUE
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    return out


print(enum_reads())


# data descriptors of builtin descriptor types on instances: __class__, properties, namedtuple
# fields, with and without __getattr__, and a getter raising AttributeError
import collections

Point = collections.namedtuple("Point", "x y")


class WithProp:
    @property
    def good(self):
        return "good"

    @property
    def bad(self):
        raise AttributeError("bad getter")

    @property
    def bad_unnamed(self):
        return self.nope


def instance_reads():
    out = []
    w = WithProp()
    p = Point(1, 2)
    for i in range(3):
        out.append((w.__class__.__name__, w.good, p.x + p.y, p.__class__ is Point))
        for attr in ("bad", "bad_unnamed"):
            try:
                getattr(w, attr) if i == 0 else (w.bad if attr == "bad" else w.bad_unnamed)
            except AttributeError as e:
                out.append((str(e), e.name, e.obj is w))
    return out


print(instance_reads())
WithProp.__getattr__ = lambda self, name: "fallback " + name
print(instance_reads())


# a loop reading through more classes than a read remembers
classes = [type("T%d" % i, (), {"val": i}) for i in range(10)]


def many():
    return sum(c.val for c in classes)


print(many(), many())
classes[7].val = 70
print(many())
