# asyncio queues (FIFO, priority, LIFO, join/task_done) and synchronisation primitives
import asyncio

async def producer(q, name, items):
    for item in items:
        await q.put((name, item))
        await asyncio.sleep(0)

async def worker(q, seen):
    while True:
        name, item = await q.get()
        seen.append(f"{name}:{item}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(worker(q, seen)) for _ in range(2)]
    await asyncio.gather(producer(q, "a", range(3)), producer(q, "b", "xyz"))
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(seen), q.empty(), q.qsize(), q.maxsize)

    pq = asyncio.PriorityQueue()
    for p in [5, 1, 4, 2]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait()[1] for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")

    lock = asyncio.Lock()
    log = []
    async def critical(i):
        async with lock:
            log.append(f"enter{i}")
            await asyncio.sleep(0.001)
            log.append(f"leave{i}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(log)

    event = asyncio.Event()
    async def waiter(i):
        await event.wait()
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(event.is_set(), [t.done() for t in tasks])
    event.set()
    print(await asyncio.gather(*tasks))

    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("peak", peak)

    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await c)

asyncio.run(main())
