class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Resource:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
async def main():
    total = 0
    async for x in Ticker(4):
        total += x
    async with Resource() as r:
        print("using", r)
        raise ValueError("suppressed")
    squares = [x * x async for x in Ticker(3)]
    return total, squares
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def agen():
    for i in range(3):
        yield i
async def consume():
    return [x async for x in agen()]
print(run(consume()), type(agen()).__name__)
