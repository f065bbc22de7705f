def documented(a: int, b: "str" = "x") -> list:
    """Doc line one.

    More detail."""
    return [a, b]
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__annotations__, documented.__defaults__, documented.__module__)
documented.custom = 1
print(documented.__dict__, documented.custom)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
c = documented.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_filename.endswith("attributes.py"), c.co_firstlineno)
try:
    documented.__code__ = 5
except TypeError as e:
    print(e)
print(type(documented).__name__, callable(documented), documented.__call__.__name__)
print(documented.__globals__ is globals(), documented.__builtins__ is not None)
