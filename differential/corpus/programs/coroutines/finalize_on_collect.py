# Coroutines collected unawaited warn "coroutine '...' was never awaited" (CPython's
# _PyErr_WarnUnawaitedCoroutine, through warnings._warn_unawaited_coroutine); one collected
# while suspended in an await is closed (its finally runs); a generator-based coroutine
# (types.coroutine) never warns. Krait finalizes at the next gc.collect().
import gc
import sys
import types
import warnings


async def coro():
    return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = coro()
    del c
    gc.collect()
    print([(x.category.__name__, str(x.message)) for x in w])

    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    del c
    gc.collect()
    c = coro()
    c.close()
    del c
    gc.collect()
    print(len(w))


class Suspend:
    def __await__(self):
        yield "suspended"


async def waits():
    try:
        await Suspend()
    finally:
        print("coroutine finally")


c = waits()
print(c.send(None))
del c
gc.collect()


@types.coroutine
def gen_based():
    yield


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = gen_based()
    del c
    gc.collect()
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    seen = []
    sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value),
                                                u.object.__qualname__))
    c = coro()
    del c
    gc.collect()
    sys.unraisablehook = sys.__unraisablehook__
    print(seen)
