# A property subclass with __slots__ = () has no instance dict, so copying the getter's
# docstring into it fails; __set_name__ takes exactly two positional arguments
# (CPython: Objects/descrobject.c property_init_impl, property_set_name).


class NoDict(property):
    """has its own docstring, which shadows property.__doc__"""
    __slots__ = ()


class WithDict(property):
    """a plain property subclass"""


try:
    class Uses:
        @NoDict
        def spam(self):
            """the getter's docstring"""
            return 1
except AttributeError as e:
    print("AttributeError", e)

p = NoDict.__new__(NoDict)
for attempt in (lambda: setattr(p, "__doc__", "x"), lambda: setattr(p, "other", 1)):
    try:
        attempt()
        print("set")
    except AttributeError as e:
        print("AttributeError", e)
print(hasattr(p, "__dict__"), hasattr(WithDict(), "__dict__"))


class Copies:
    @WithDict
    def eggs(self):
        """eggs docstring"""
        return 2


print(Copies.eggs.__doc__, Copies.eggs.__dict__, Copies().eggs)
q = property()
for args in ([], [0], [0, 1, 2]):
    try:
        q.__set_name__(*args)
    except TypeError as e:
        print(e)
try:
    q.__set_name__(object, "n", extra=1)
except TypeError as e:
    print(e)
q.__set_name__(object, "named")
try:
    q.__get__(object())
except AttributeError as e:
    print(e)
