# wait_for and asyncio.timeout (3.11), shield, cancellation and its clean-up
import asyncio

async def slow(label, delay, log):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        log.append(f"{label} cancelled")
        raise
    finally:
        log.append(f"{label} finally")

async def main():
    log = []
    print(await asyncio.wait_for(slow("quick", 0.001, log), timeout=5))
    try:
        await asyncio.wait_for(slow("too slow", 5, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)

    try:
        async with asyncio.timeout(0.02) as cm:
            await slow("inside timeout", 5, log)
    except TimeoutError:
        print("timeout cm expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0)
    print(log[-2:])

    inner = asyncio.create_task(slow("shielded", 0.3, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except asyncio.TimeoutError:
        print("shield timed out; inner still running:", not inner.done())
    print("inner result:", await inner)

    task = asyncio.create_task(slow("to cancel", 5, log))
    await asyncio.sleep(0)
    print(task.cancel("stop now"), task.cancelled())
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(task.cancelled(), log[-2:])

    async def ignores_cancel():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(ignores_cancel())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from call_later")
    print(await fut)
    handle = loop.call_later(10, print, "never")
    handle.cancel()
    print(handle.cancelled())

asyncio.run(main())
