# sys.set_asyncgen_hooks: firstiter is called when an async generator is first iterated; an
# async generator collected while suspended is handed to the finalizer hook in force then
# (asyncio's loop schedules its aclose()), or closed directly when there was none; one closed
# by aclose() is not handed over. Krait finalizes at the next gc.collect().
import gc
import sys


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


seen = []


def firstiter(g):
    seen.append(("firstiter", g.__name__))


def finalizer(g):
    seen.append(("finalizer", g.__name__))
    try:
        g.aclose().send(None)
    except StopIteration:
        seen.append("closed")


print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, len(hooks))
g = agen()
print(seen)
print(drive(g.__anext__()))
del g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(None, None)

g = agen()
print(drive(g.__anext__()))
del g
gc.collect()

sys.set_asyncgen_hooks(firstiter, finalizer)
seen.clear()
g = agen()
print(drive(g.__anext__()))
try:
    g.aclose().send(None)
except StopIteration:
    print("aclosed")
del g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(None, None)


async def bad():
    try:
        yield 1
    finally:
        yield 2


errors = []
sys.unraisablehook = lambda u: errors.append((u.exc_type.__name__, str(u.exc_value)))
g = bad()
drive(g.__anext__())
del g
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(errors)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())
