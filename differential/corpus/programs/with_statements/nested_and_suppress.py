class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, self.types):
            self.caught = val
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)
with Suppress(ArithmeticError) as outer:
    with Suppress(KeyError) as inner:
        1 / 0
    print("not reached")
print(repr(outer.caught), hasattr(inner, "caught"))
def with_return():
    with Suppress(ValueError):
        return "returned"
    return "after"
print(with_return())
def with_suppressed_then_return():
    with Suppress(ValueError):
        raise ValueError
    return "after the with"
print(with_suppressed_then_return())
for i in range(3):
    with Suppress(ZeroDivisionError):
        print("loop", i, 1 / (i - 1))
