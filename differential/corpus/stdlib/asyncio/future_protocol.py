# Futures by hand: states, callbacks in order, removal, errors, and what await sees.
import asyncio


def show(label, fut):
    print(label, fut._state, fut.done(), fut.cancelled())


def describe(exc):
    return f"{type(exc).__name__}: {exc}"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show("new", fut)
    print("blocking", fut._asyncio_future_blocking, "callbacks", fut._callbacks)
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(describe(e))

    order = []
    def make(tag):
        return lambda f: order.append((tag, f.result()))
    a, b, c = make("a"), make("b"), make("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(c)
    print("registered", len(fut._callbacks))
    print("removed", fut.remove_done_callback(a))
    print("left", len(fut._callbacks))
    fut.set_result(42)
    show("done", fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(describe(e))
    await asyncio.sleep(0)
    print("order", order)
    print("await", await fut)

    bad = loop.create_future()
    for exc in (StopIteration, 42):
        try:
            bad.set_exception(exc)
        except TypeError as e:
            print(describe(e))
    bad.set_exception(KeyError)
    print("exception", repr(bad.exception()))
    try:
        await bad
    except KeyError as e:
        print("raised", repr(e))

    gone = loop.create_future()
    print("cancel", gone.cancel("stop"), gone.cancel())
    show("cancelled", gone)
    try:
        gone.result()
    except asyncio.CancelledError as e:
        print("cancelled error", e.args)

    later = loop.create_future()
    loop.call_later(0.01, later.set_result, "late")
    it = later.__await__()
    print("iter yields itself", next(it) is later, later._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print(describe(e))
    later._asyncio_future_blocking = False
    print("awaited", await later)
    it = later.__await__()
    try:
        it.send(None)
    except StopIteration as e:
        print("stop value", e.value)
    try:
        later.__await__().throw(ValueError("into"))
    except ValueError as e:
        print("thrown", e)

    class Sub(type(fut)):
        pass
    s = Sub(loop=loop)
    s.note = "has a dict"
    print(type(s).__name__, s.note, s.get_loop() is loop, isinstance(s, asyncio.Future))
    print(type(fut)[int])


asyncio.run(main())
