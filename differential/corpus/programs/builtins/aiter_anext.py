class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    it = aiter(Counter(3))
    values = [await anext(it), await anext(it), await anext(it)]
    default = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        values.append("stop")
    return values, default
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
try:
    aiter(5)
except TypeError as e:
    print(e)
try:
    anext(5)
except TypeError as e:
    print(e)
print(type(aiter).__name__, type(anext).__name__)
