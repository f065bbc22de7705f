class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def fetch(name, delay_futures):
    fut = Future()
    delay_futures.append((name, fut))
    value = await fut
    return f"{name}={value}"
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
pending = []
main = gather(fetch("a", pending), fetch("b", pending))
step = main.send(None)
print(type(step).__name__, [n for n, _ in pending])
resolved = 0
while True:
    name, fut = pending[resolved]
    fut.result, fut.done = name.upper() * 2, True
    resolved += 1
    try:
        step = main.send(None)
        print("suspended again, pending:", [n for n, _ in pending][resolved:])
    except StopIteration as e:
        print("finished:", e.value)
        break
