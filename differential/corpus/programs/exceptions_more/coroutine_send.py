# Coroutines driven by send, awaiting custom awaitables, and their errors.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got
async def worker(name):
    total = 0
    for _ in range(3):
        total += await Suspend(name)
    return total
def run(coro):
    requests = []
    try:
        value = coro.send(None)
        while True:
            requests.append(value)
            value = coro.send(len(requests))
    except StopIteration as e:
        return requests, e.value
print(run(worker("w")))
c = worker("x")
print(type(c).__name__, c.cr_running, c.cr_code.co_name)
c.send(None)
c.close()
async def failing():
    await Suspend(1)
    raise ValueError("inside")
f = failing()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print("raised", e)
try:
    f.send(None)
except RuntimeError as e:
    print(e)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)
class Bad:
    def __await__(self):
        return 5
async def awaits_bad():
    await Bad()
try:
    awaits_bad().send(None)
except TypeError as e:
    print(e)
async def awaits_int():
    await 3
try:
    awaits_int().send(None)
except TypeError as e:
    print(e)
async def thrown():
    try:
        await Suspend(0)
    except KeyError as e:
        return f"handled {e!r}"
t = thrown()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
