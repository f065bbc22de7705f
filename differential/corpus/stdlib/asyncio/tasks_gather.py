# asyncio.run with tasks, gather (results in order, exceptions), as_completed and wait
import asyncio

async def square(n, delay):
    await asyncio.sleep(delay)
    print("done", n)
    return n * n

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(square(1, 0.2), square(2, 0.01), square(3, 0.1)))
    results = await asyncio.gather(square(4, 0), fail("boom"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    try:
        await asyncio.gather(fail("first"), asyncio.sleep(0.05))
    except ValueError as e:
        print("gather raised", e)
    task = asyncio.create_task(square(6, 0.01), name="six")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())
    order = []
    for fut in asyncio.as_completed([square(7, 0.3), square(8, 0.01)]):
        order.append(await fut)
    print(order)
    t1 = asyncio.create_task(square(9, 0.01))
    t2 = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t1 in done)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelled())
    print(asyncio.current_task().get_name() is not None, len(asyncio.all_tasks()))
    return "main result"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(square), asyncio.iscoroutinefunction(print))
