# Awaitables that are not coroutines: objects with __await__, generator-based coroutines
# (types.coroutine), futures from another object, and what plain generators may not do.
import asyncio
import types


class Deferred:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def answer(x):
    await asyncio.sleep(0)
    return x


@types.coroutine
def legacy(x):
    value = yield from answer(x)
    return value + 1


@types.coroutine
def bare_yield():
    yield
    return "after one loop iteration"


def plain_generator(coro):
    yield from coro


async def main():
    print(await Deferred(answer("deferred")))
    print(await asyncio.ensure_future(Deferred(answer("ensured"))))
    print(await legacy(41))
    print(await bare_yield())
    print(await asyncio.gather(legacy(1), Deferred(answer(2)), answer(3)))
    coro = answer(0)
    try:
        next(plain_generator(coro))
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    wrapper = answer(5).__await__()
    print(type(wrapper).__name__, iter(wrapper) is wrapper)
    try:
        while True:
            next(wrapper)
    except StopIteration as e:
        print("returned", e.value)
    task = asyncio.ensure_future(legacy(9))
    print(type(task).__name__, await task)


asyncio.run(main())
