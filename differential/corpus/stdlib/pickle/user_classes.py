# Round trips and bytes of application classes: __reduce__, __reduce_ex__, __getstate__ and
# __setstate__, __slots__, __getnewargs__ and __getnewargs_ex__, subclasses of builtins, and
# classes nested in other classes (found by qualified name).
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,), {"extra": self.n * 2})


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx.make, (proto,))

    @staticmethod
    def make(proto):
        r = ReducedEx()
        r.proto = proto
        return r


class Stateful:
    def __init__(self):
        self.value = 3
        self.cache = object()

    def __getstate__(self):
        return {"value": self.value}

    def __setstate__(self, state):
        self.value = state["value"] * 10
        self.cache = None


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlottedWithDict(Slotted):
    def __init__(self):
        super().__init__(1, 2)
        self.z = 3


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


class KwOnly:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}

    def __getstate__(self):
        return None


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        def __init__(self):
            self.tag = "inner"


objects = [Plain(1, [2]), Reduced(5), ReducedEx(), Stateful(), Slotted(1, "why"), SlottedWithDict(),
           Pair(1, 2), KwOnly(size=9), MyList([1, 2]), MyDict(a=1), Outer.Inner()]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in objects:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(obj).__name__, "error", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        state = {k: getattr(back, k) for k in ("a", "b", "n", "extra", "proto", "value", "cache",
                                               "x", "y", "z", "size", "tag") if hasattr(back, k)}
        print(proto, type(back).__name__, state, list(back) if isinstance(back, (tuple, list)) else "",
              dict(back) if isinstance(back, dict) else "", data.hex() if len(data) < 90 else len(data))
