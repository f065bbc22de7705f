# AttributeError messages name a type as CPython's tp_name does: "collections.deque", not
# "deque", for a builtin type of a module; the bare name for builtins and for classes. Getting,
# setting and deleting attributes of instances and of the types themselves.
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import pickle
import re
import struct
import types


class Plain:
    __slots__ = ("a",)


def show(action, fn):
    try:
        fn()
        print(action, "ok")
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)


objects = [1, "s", [], {}, None, object(), Plain(), collections.deque(), collections.OrderedDict(),
           collections.defaultdict(), itertools.count(), functools.partial(print),
           re.compile("a"), datetime.date(2000, 1, 1), decimal.Decimal(1), decimal.Context(),
           array.array("b"), io.BytesIO(), struct.Struct("i"), pickle.Pickler(io.BytesIO()),
           types.SimpleNamespace(), staticmethod(len), classmethod(len), property(),
           (x for x in ())]
for o in objects:
    name = type(o).__name__
    for attr in ("zzz", "real", "maxlen", "a", "__dict__", "__name__", "__doc__"):
        show(f"get {name}.{attr}", lambda: getattr(o, attr))
        show(f"set {name}.{attr}", lambda: setattr(o, attr, 1))
        show(f"del {name}.{attr}", lambda: delattr(o, attr))

for t in (int, collections.deque, itertools.count, re.Pattern, datetime.date, decimal.Decimal,
          array.array, Plain):
    show(f"get type {t.__name__}.zzz", lambda: t.zzz)
    show(f"set type {t.__name__}.zzz", lambda: setattr(t, "zzz", 1))
    show(f"del type {t.__name__}.zzz", lambda: delattr(t, "zzz"))
    show(f"set type {t.__name__}.__name__", lambda: setattr(t, "__name__", "other"))
    show(f"set type {t.__name__}.__doc__", lambda: setattr(t, "__doc__", "d"))

# a property's doc can be deleted (it reads as None after), a generator's name cannot
p = property(doc="documented")
del p.__doc__
print(repr(p.__doc__))
g = (x for x in ())
show("del generator __name__", lambda: delattr(g, "__name__"))
show("del generator __qualname__", lambda: delattr(g, "__qualname__"))
# staticmethod and classmethod have a settable __dict__ (3.10+)
sm = staticmethod(len)
sm.__dict__ = {"tag": 1}
print(sm.tag, type(type(types.SimpleNamespace.__dict__["__dict__"])).__name__,
      type(property.__dict__["__doc__"]).__name__)
show("sm.__dict__ = 1", lambda: setattr(sm, "__dict__", 1))
