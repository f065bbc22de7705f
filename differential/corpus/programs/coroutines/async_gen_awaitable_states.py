# An async generator refuses a non-None first send, and a finished aclose()/athrow()
# awaitable names itself when it is awaited again.
import asyncio


async def gen():
    yield 123
    yield 456


try:
    gen().__anext__().send(100)
except TypeError as e:
    print("TypeError", e)
g = gen()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def run():
    it = gen()
    nxt = it.aclose()
    await nxt
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError", e)
    it = gen()
    await it.__anext__()
    th = it.athrow(ValueError("v"))
    try:
        await th
    except ValueError as e:
        print("ValueError", e)
    try:
        await th
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(run())
