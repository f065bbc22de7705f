# Asynchronous comprehensions and generator expressions, await inside comprehensions.
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v
async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [x async for x in agen(3)]
    b = {x: y async for x in agen(2) for y in range(2)}
    c = [y for x in range(2) async for y in agen(x + 1)]
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    d = [await Sleep(x) for x in range(3)]
    e = {x async for x in agen(3) if x != 1}
    print(a, b, c, d, e)
    try:
        [x async for x in 5]
    except TypeError as e:
        print(e)
c = main()
try:
    while True: c.send(None)
except StopIteration: pass
