# Exceptions raised inside generators and through yield from, with their tracebacks.
import traceback
def source():
    yield 1
    raise ValueError("source failed")
def middle():
    yield from source()
def top():
    for x in middle():
        yield x * 2
try:
    list(top())
except ValueError:
    traceback.print_exc()
def catcher():
    try:
        yield 1
    except KeyError as e:
        yield f"caught {e!r}"
g = catcher()
next(g)
print(g.throw(KeyError("thrown")))
def stopper():
    yield 1
    raise StopIteration("leak")
try:
    list(stopper())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def boom():
    yield 1
    1 / 0
g = boom()
next(g)
next(g)
