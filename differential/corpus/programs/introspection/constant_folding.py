# The compiler folds constant expressions as CPython's does (Python/ast_opt.c): co_consts holds
# the folded values, equal constants of one code object are one object, and operations that
# would raise, or make values over CPython's size limits, are left to run.


def consts(f):
    return [c for c in f.__code__.co_consts if not hasattr(c, "co_code")]


def arithmetic():
    return 2 ** 10, -1, +3, ~5, not 0, 7 // 2, 7 % 3, 1 << 3, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3, 1 / 4


def sequences():
    return (1, 2, (3, 4)), "ab" * 3, b"x" + b"y", "abc"[1], (1, 2)[0], "a" + "b", (1,) * 3


def limits():
    return 2 ** 200, 10 ** 40, 1 << 200, "x" * 5000, (1,) * 300, 2 ** 128, 3 ** 80


def raising(flag):
    if flag:
        return 1 / 0, "abc"[9], 1 << -1, 2 ** -1
    return 0


def formatting():
    return "%s" % 1, "%d items" % (3,)


def iterables(x):
    hits = [y for y in [1, 2, 3] if y in {2, 3}]
    for z in [4, 5]:
        hits.append(z)
    return x in [1, 2, 3], x not in ("a", "b"), x in {4, 5}, hits, x in [x, 9]


def identity():
    a = (1, 2)
    b = (1, 2)
    c = 10 ** 6
    d = 1000000
    e = 2.5
    f = 5 / 2
    return a is b, c is d, e is f


def surrogates():
    a = "\U0001F600"
    b = "\ud83d\ude00"
    c = ("\U0001F600", 1)
    d = ("\ud83d\ude00", 1)
    return len(a), len(b), a is b, c is d, len(d[0])


def nested_not_folded(v):
    return (1, [2]), (v, 1), -v, [1, 2][0]


def debug_flag():
    return __debug__, not __debug__


for fn in (arithmetic, sequences, limits, formatting, identity, nested_not_folded, debug_flag):
    print(fn.__name__, consts(fn))
print(consts(raising))
print(consts(iterables))
print(arithmetic())
print(sequences())
print([len(str(v)) for v in limits()])
print(raising(False), formatting(), iterables(2), iterables("a"), identity(), debug_flag())
try:
    raising(True)
except ZeroDivisionError as e:
    print("raised at run time:", e)
print(nested_not_folded(3), surrogates())
code = compile("x = 2 ** 16\ny = (x, 1 + 1)\nz = -0.0, 0.0, 0, False", "<folded>", "exec")
print(code.co_consts)
ns = {}
exec(code, ns)
print(ns["x"], ns["y"], ns["z"])
import ast
print(ast.dump(ast.parse("2 ** 10")))
