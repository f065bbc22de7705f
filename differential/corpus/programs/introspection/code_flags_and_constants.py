# What a code object says about the function it was compiled from: 3.11 no longer sets
# CO_NOFREE (0x40); a statement that is only a constant (a string used as a comment, a number,
# an expression the optimizer folds) leaves no constant behind; replace() keeps the stack size
# it is given.
import inspect


def plain(a, b):
    return a + b


def outer():
    x = 1

    def inner():
        return x
    return inner


def optimize_away():
    'doc string'
    'not a docstring'
    53
    0x53
    -7
    2 ** 10
    ("a", "b")


def keeps_calls():
    "doc"
    print
    len("abc")


for f in (plain, outer, outer(), optimize_away, keeps_calls, lambda: 0):
    code = f.__code__
    flags = [name for name in ("OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
                               "GENERATOR", "NOFREE", "COROUTINE")
             if code.co_flags & getattr(inspect, "CO_" + name)]
    print(code.co_name, code.co_flags, flags, code.co_consts, code.co_names)

code = plain.__code__
for size in (0, 1, 50):
    print(code.replace(co_stacksize=size).co_stacksize)
