def gen():
    yield 1
    x = yield
    y = yield from range(3)
    return x, y


async def coro():
    await thing()
    async with ctx() as c:
        async for i in c:
            pass
    return c


async def agen():
    yield 1


lambda: (yield)
