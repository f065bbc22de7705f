# Blocking work off the event loop: run_in_executor, asyncio.to_thread, call_soon_threadsafe
import asyncio
import threading
import time

def blocking_sum(n):
    time.sleep(0.01)
    return sum(range(n)), threading.current_thread() is not threading.main_thread()

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_sum, 100))
    results = await asyncio.gather(*(asyncio.to_thread(blocking_sum, n) for n in (10, 20, 30)))
    print(results)

    fut = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from another thread")
    threading.Thread(target=from_thread).start()
    print(await fut)

    async def coro():
        await asyncio.sleep(0.001)
        return "ran on the loop"
    box = []
    def submit():
        box.append(asyncio.run_coroutine_threadsafe(coro(), loop).result(5))
    t = threading.Thread(target=submit)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.001)
    print(box)

    def boom():
        raise KeyError("in executor")
    try:
        await loop.run_in_executor(None, boom)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())

# a loop of our own
loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(asyncio.sleep(0.001, result="own loop")))
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
