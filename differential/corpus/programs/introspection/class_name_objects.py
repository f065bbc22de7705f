# A class keeps the str objects of its __name__ and __qualname__ (CPython's ht_name and
# ht_qualname): reading one twice gives the same object, which inspect.classify_class_attrs
# relies on; a builtin type makes a new str each time (type_name from tp_name).
class Color: pass
print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__, int.__name__ is int.__name__)
new = "Paint" + str(len("xy"))
Color.__name__ = new
print(Color.__name__ is new, Color.__name__)
q = "Outer.Paint"
Color.__qualname__ = q
print(Color.__qualname__ is q, repr(Color))
T = type("Made", (), {})
print(T.__name__ is T.__name__, T.__qualname__)
import enum
import inspect


class Shade(enum.Enum):
    LIGHT = 1


print([a.name for a in inspect.classify_class_attrs(Shade)])
print([(a.name, a.defining_class.__name__) for a in inspect.classify_class_attrs(Shade)
       if a.name in ("__name__", "__qualname__")])
