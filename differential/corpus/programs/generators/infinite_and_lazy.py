def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def squares_of(it):
    return (x * x for x in it)
print(list(take_while(lambda x: x < 50, squares_of(naturals()))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
def chunks(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(chunks(range(10), 4)), list(chunks([], 3)))
