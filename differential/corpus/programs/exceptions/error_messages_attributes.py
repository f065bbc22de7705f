class Thing:
    __slots__ = ("a",)
    def method(self):
        pass
tests = [
    lambda: Thing().b, lambda: Thing().a, lambda: setattr(Thing(), "b", 1), lambda: Thing.missing,
    lambda: (1).real.x, lambda: "s".uper(), lambda: [].appendd(1), lambda: {}.itmes(),
    lambda: None.x, lambda: type.mro(), lambda: object().__dict__, lambda: Thing().method.x,
    lambda: int.x, lambda: len.x, lambda: __builtins__.nope,
]
for t in tests:
    try:
        t()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Thing().b
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
