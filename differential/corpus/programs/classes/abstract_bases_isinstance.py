# isinstance/issubclass with "abstract classes": objects that are not types but have a
# __bases__ tuple, which CPython accepts as classes (Objects/abstract.c abstract_issubclass).


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass
    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=(AbstractChild, AbstractSuper))


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, RecursionError) as e:
        print(label, type(e).__name__, e)


attempt("isinstance child", lambda: isinstance(AbstractChild(), AbstractSuper))
attempt("isinstance super", lambda: isinstance(AbstractSuper(), AbstractChild))
attempt("isinstance other", lambda: isinstance(Other(), AbstractSuper))
attempt("issubclass child", lambda: issubclass(AbstractChild, AbstractSuper))
attempt("issubclass super", lambda: issubclass(AbstractSuper, AbstractChild))
attempt("issubclass tuple", lambda: issubclass(Other, (int, AbstractChild)))
attempt("issubclass to type", lambda: issubclass(AbstractChild, int))
attempt("type.__subclasscheck__", lambda: int.__subclasscheck__(AbstractChild))
attempt("type.__instancecheck__", lambda: int.__instancecheck__(AbstractChild()))
attempt("isinstance(1, 2)", lambda: isinstance(1, 2))
attempt("issubclass(1, int)", lambda: issubclass(1, int))
attempt("issubclass(int, 1)", lambda: issubclass(int, 1))
attempt("issubclass(child, int | str)", lambda: issubclass(AbstractChild, int | str))


class Cycle:
    @property
    def __bases__(self):
        return (self, self, self)


try:
    issubclass(Cycle(), int)
except RecursionError:
    print("cycle: RecursionError")


class BadBases:
    @property
    def __bases__(self):
        raise KeyError("bases")


try:
    issubclass(BadBases(), int)
except KeyError as e:
    print("KeyError propagates", e)


class NotTuple:
    __bases__ = [int]


attempt("list bases", lambda: issubclass(NotTuple(), int))
