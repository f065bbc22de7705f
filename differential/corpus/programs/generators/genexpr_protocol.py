# Generator expressions through the whole protocol: throw() before and after the first item,
# errors inside, close(), gi_* attributes, nested clauses, delegation, send(), recursion.
import sys


def show(e):
    tb = e.__traceback__
    while tb is not None:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


g = (x * 2 for x in [1, 2, 3] if x)
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    show(sys.exc_info()[1])
print(list(g))
g = (x for x in [1])
try:
    g.throw(KeyError("k"))
except KeyError:
    show(sys.exc_info()[1])
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    show(sys.exc_info()[1])
g = (x for x in [1, 2])
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom, next(g), g.gi_frame.f_lineno)
g.close(); print(g.gi_frame, list(g))
print([(a, b) for a, b in zip((i for i in range(3)), (j for j in "abc"))])
print(list((a, b, c) for a in range(3) if a for b in range(a) for c in "xy" if c != "y" or b))
def gen():
    yield from (i * i for i in range(4))
print(list(gen()))
g = (next(g2) for _ in range(3))
g2 = iter([])
try: list(g)
except RuntimeError as e: print("RE", e, type(e.__cause__))
g = (x for x in range(3))
try: g.send(1)
except TypeError as e: print(e)
print(next(g), g.send(5), next(g), next(g, "end"))
g = (print(x) or x for x in range(2)); print(list(g))
def rec():
    return list((rec() for _ in [1]))
try: rec()
except RecursionError as e: print("recursion")
g = (y for x in [[1, 2], [3]] for y in x)
print(list(g))
g = (x for x in 5)
