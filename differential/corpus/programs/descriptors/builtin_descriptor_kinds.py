# Which kind of descriptor builtin attributes are, their docs, qualnames, and what writing and
# deleting them says; bound builtin methods compare and hash by (self, method).
import types


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


for d in (str.lower, complex.real, float.real, int.__add__, property.fget,
          types.FunctionType.__globals__):
    print(type(d).__name__, d.__qualname__)
print(complex.real.__doc__, property.fget.__doc__)
print(types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)

p = property(lambda self: 1)
for attr in ("fget", "fset", "fdel"):
    attempt("set " + attr, lambda: setattr(p, attr, 42))
attempt("del fget", lambda: delattr(p, "fget"))
attempt("complex.real", lambda: setattr(1j, "real", 2))


class X:
    "elephant"


X.__doc__ = "banana"
print(X.__doc__)
attempt("list doc", lambda: type(list).__dict__["__doc__"].__set__(list, "blah"))
attempt("del doc", lambda: type(X).__dict__["__doc__"].__delete__(X))
attempt("del name", lambda: delattr(X, "__name__"))
attempt("del module", lambda: delattr(X, "__module__"))
print(X.__doc__, X.__name__)

lst = []
print(lst.append == lst.append, lst.append != [].append, lst.append == lst.pop)
print(lst.__add__ == lst.__add__, lst.__add__ == [].__add__, lst.__add__.__objclass__)
print(hash(lst.append) == hash(lst.append), lst.__add__.__name__)
