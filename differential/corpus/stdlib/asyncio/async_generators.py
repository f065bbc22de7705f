# Async generators, async comprehensions, async context managers, TaskGroup (3.11)
import asyncio
import contextlib

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")

class Counter:
    def __init__(self, stop):
        self.i, self.stop = 0, stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    print([i async for i in ticker(4)])
    print([i * i async for i in Counter(3) if i != 2])
    log = []
    async with resource("db", log) as r:
        log.append(f"using {r}")
    async with contextlib.AsyncExitStack() as stack:
        for n in ("a", "b"):
            await stack.enter_async_context(resource(n, log))
    print(log)

    gen = ticker(10)
    print(await gen.__anext__(), await anext(gen), await anext(gen, "unused"))
    await gen.aclose()
    print(await anext(gen, "exhausted"))

    results = []
    async def job(i):
        await asyncio.sleep(0.1 * (3 - i))
        results.append(i)
        return i
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(3)]
    print(results, [t.result() for t in tasks])

    async def bad(msg):
        await asyncio.sleep(0)
        raise ValueError(msg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("one"))
            tg.create_task(bad("two"))
            tg.create_task(asyncio.sleep(5))
    except* ValueError as eg:
        print(type(eg).__name__, sorted(str(e) for e in eg.exceptions))

    # an unfinished async generator is closed when asyncio.run shuts down
    async def tracked():
        try:
            for i in range(5):
                yield i
        finally:
            print("tracked generator closed")
    unfinished = tracked()
    print(await anext(unfinished))

asyncio.run(main())
print("after run")
