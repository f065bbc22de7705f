def stops():
    yield 1
    raise StopIteration("inside")
try:
    list(stops())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(e)
def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))
def running():
    yield g.gi_running
g = running()
print(next(g))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
def finished():
    yield 1
f = finished()
list(f)
print(next(f, "exhausted"), list(f))
gen_exp = (1 / x for x in [1, 0])
print(next(gen_exp))
try:
    next(gen_exp)
except ZeroDivisionError as e:
    print(e)
print(next(gen_exp, "after error"))
