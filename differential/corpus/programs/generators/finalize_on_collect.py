# A generator collected while suspended is closed as CPython's _PyGen_Finalize does: its
# finally blocks and with exits run, an error there goes to sys.unraisablehook, its frame may
# be resurrected, and a generator never started or already finished runs nothing. Krait
# finalizes at the next gc.collect() (no reference counts), so the program collects first.
import gc
import sys
import weakref


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = gen()
print(next(g))
del g
gc.collect()
print("after collect")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False


def in_with():
    with CM():
        yield 1


g = in_with()
next(g)
del g
gc.collect()


def catches():
    try:
        yield 1
    except Exception:
        print("not an Exception")
    except GeneratorExit:
        print("GeneratorExit caught")
        raise


g = catches()
next(g)
del g
gc.collect()

seen = []
sys.unraisablehook = lambda u: seen.append(
    (u.exc_type.__name__, str(u.exc_value), type(u.object).__name__, u.object.__name__))


def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def raises():
    try:
        yield 1
    finally:
        raise ValueError("boom")


for f in (ignores, raises):
    g = f()
    next(g)
    del g
    gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(seen)

frame = None


def resurrects():
    global frame
    try:
        yield
    finally:
        frame = sys._getframe()


g = resurrects()
wr = weakref.ref(g)
next(g)
del g
gc.collect()
print(wr() is None, frame is not None, frame.f_code.co_name)
frame = None


def never():
    try:
        yield
    finally:
        print("finally of a started generator")


g = never()
del g
gc.collect()
g = never()
next(g)
g.close()
del g
gc.collect()


def outer():
    try:
        yield from gen()
    finally:
        print("outer finally")


g = outer()
next(g)
del g
gc.collect()
print("end")
