def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} got {received!r}")
    return f"{name} finished"
def round_robin(tasks):
    results = {}
    queue = list(tasks.items())
    tick = 0
    while queue:
        name, t = queue.pop(0)
        try:
            out = t.send(None if tick < 2 else f"tick {tick}")
            print(out)
            queue.append((name, t))
        except StopIteration as e:
            results[name] = e.value
        tick += 1
    return results
tasks = {"a": task("a", 2), "b": task("b", 3), "c": task("c", 1)}
for t in tasks.values():
    next(t)
print(round_robin(tasks))
