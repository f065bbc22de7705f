async def f():
    await g()
    async with a as b:
        pass
async = 1
await = 2
