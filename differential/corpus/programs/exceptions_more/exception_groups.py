# ExceptionGroup construction, split, subgroup, derive and nesting.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(BaseException)[1])
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("b", [ValueError()])).__name__)
for bad in [("m", []), ("m", None), (5, [ValueError()]), ("m", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)))
e = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
e.add_note("note")
e.__cause__ = KeyError("c")
a, b = e.split(ValueError)
print(a.__notes__, repr(a.__cause__), b.__notes__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as v:
        print("v", repr(v))
    except* (TypeError, OSError) as t:
        print("t", repr(t))
        raise
except ExceptionGroup as g:
    print("reraised", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise OSError("o")
except ExceptionGroup as g:
    print(repr(g), [repr(x.__context__) for x in g.exceptions])
