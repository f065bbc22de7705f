# ExceptionGroup construction errors, and what split()/subgroup()/except* build: new groups made
# by derive() (never the original), notes copied only when a sequence, matchers limited to
# functions and exception types (CPython: Objects/exceptions.c).


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


show("one arg", lambda: ExceptionGroup("a"))
show("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
show("keywords only", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
show("extra keyword", lambda: ExceptionGroup("a", [ValueError()], x=1))
show("bytes message", lambda: ExceptionGroup(b"a", [ValueError()]))
show("dict excs", lambda: ExceptionGroup("a", {1: ValueError()}))


class Kw(ExceptionGroup):
    def __init__(self, *args, **kwargs):
        print("Kw init", args, sorted(kwargs))


print(repr(Kw("m", [ValueError(1)], flag=True)))
g = ExceptionGroup("m", [ValueError(1)])
g.__init__("x", "y")
print(g.args, g.message, g.exceptions)


class EG(ExceptionGroup):
    pass


leaf_v, leaf_t = ValueError(1), TypeError(2)
orig = EG("eg", [leaf_v, EG("nested", [leaf_t])])
orig.__notes__ = ["note"]
for cond in [(ValueError, TypeError), ValueError, TypeError, OSError, EG, lambda e: True,
             lambda e: isinstance(e, TypeError)]:
    match, rest = orig.split(cond)
    print(type(match).__name__, match is orig, repr(match), "|", type(rest).__name__, repr(rest),
          getattr(match, "__notes__", None), getattr(rest, "__notes__", None))
print(repr(orig.subgroup(ValueError)), orig.subgroup(lambda e: True) is orig)
for bad in [len, [ValueError], (ValueError, 1), "x", EG("m", [ValueError()]).derive]:
    show("matcher", lambda: orig.split(bad))

orig.__notes__ = 123
match, rest = orig.split(ValueError)
print(hasattr(match, "__notes__"), hasattr(rest, "__notes__"))
orig.__notes__ = ("a", "b")
print(orig.split(ValueError)[0].__notes__)
del orig.__notes__

for clause in ["OSError", "ValueError", "(ValueError, TypeError)"]:
    try:
        try:
            raise orig
        except* eval(clause):
            if clause != "OSError":
                raise
    except BaseException as e:
        print(clause, type(e).__name__, e is orig, repr(e))

deep = TypeError(1)
for i in range(3000):
    deep = ExceptionGroup("eg", [deep])
for method in (deep.split, deep.subgroup):
    try:
        method(TypeError)
    except RecursionError as e:
        print("RecursionError", e)
