class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Sleep(1 if name == "a" else 2)
    return f"{name} done"
def run_all(coros):
    log = []
    ready = [(0, i, c(log)) for i, c in enumerate(coros)]
    results = []
    time = 0
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, idx, coro = ready.pop(0)
        time = when
        try:
            delay = coro.send(None)
            ready.append((time + delay, idx, coro))
        except StopIteration as e:
            results.append((time, e.value))
    return log, results
log, results = run_all([lambda l: worker("a", 4, l), lambda l: worker("b", 3, l)])
print(log)
print(results)
