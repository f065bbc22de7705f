# coroutine has its own send/throw/close and __name__/__qualname__ descriptors, documented for
# coroutines (CPython: Objects/genobject.c coro_methods, coro_getsetlist).
import types
for T in (types.GeneratorType, types.CoroutineType):
    for n in ("send", "throw", "close", "__name__", "__qualname__", "gi_yieldfrom", "cr_await", "gi_running", "cr_frame"):
        v = T.__dict__.get(n)
        if v is not None:
            print(T.__name__, n, type(v).__name__, repr(v.__doc__))
print(types.CoroutineType.send, types.CoroutineType.__dict__["__name__"])
async def f(): pass
c = f()
print(types.CoroutineType.send.__get__(c).__qualname__, c.__name__)
c.__name__ = "renamed"; print(c.__name__, c.__qualname__)
try:
    types.CoroutineType.send((x for x in ()), None)
except TypeError as e:
    print(e)
try:
    types.CoroutineType.__dict__["__name__"].__get__((x for x in ()))
except TypeError as e:
    print(e)
c.close()
