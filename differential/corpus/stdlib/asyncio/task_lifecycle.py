# Tasks: names, cancellation counts, messages, results, the current task and bad awaits.
import asyncio


async def worker(n):
    await asyncio.sleep(0)
    return n * n


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("caught", e.args))
        await asyncio.sleep(0)
        return "refused"


async def bad_yield():
    class Odd:
        def __await__(self):
            yield "not a future"
    await Odd()


async def main():
    t = asyncio.create_task(worker(3), name="square")
    print(t.get_name(), t.done(), t.get_coro().__name__)
    t.set_name(7)
    print(repr(t.get_name()))
    print("result", await t, t.done(), t.result())
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)

    log = []
    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    print("cancel", s.cancel("first"), s.cancelling(), s.cancel(), s.cancelling())
    print("uncancel", s.uncancel(), s.cancelling())
    print("outcome", await s, s.cancelled(), log)

    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    c.cancel("bye")
    try:
        await c
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, c.cancelled())

    early = asyncio.create_task(worker(2))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before start", early.cancelled())

    b = asyncio.create_task(bad_yield())
    try:
        await b
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    async def failing():
        raise LookupError("nope")
    f = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("failed", f.done(), repr(f.exception()))

    me = asyncio.current_task()
    print("current is mine", me is asyncio.current_task(), me.get_name().startswith("Task-"))
    print("all tasks has me", me in asyncio.all_tasks())
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)
    results = await asyncio.gather(*(worker(i) for i in range(6)), return_exceptions=True)
    print("gathered", results)


asyncio.run(main())
