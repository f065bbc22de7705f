async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
print(run(compute()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return f"resumed with {value}"
async def waiter():
    r = await Suspend()
    return r.upper()
w = waiter()
print(w.send(None))
try:
    w.send("data")
except StopIteration as e:
    print(e.value)
async def nothing():
    pass
n = nothing()
n.close()
print("closed unawaited coroutine")
