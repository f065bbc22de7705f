# Generators and closures: generator functions resumed many times, `yield from` delegation,
# generator expressions consumed by builtins, closures over cells that are read and rebound
# with nonlocal, and functions returned from functions.

SIZE = 3000000  # quick: 300


def counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens_then_odds(limit):
    yield from (i for i in naturals(limit) if i % 2 == 0)
    yield from (i for i in naturals(limit) if i % 2 == 1)


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def accumulate_with(fn):
    total = 0

    def add(x):
        nonlocal total
        total = fn(total, x)
        return total

    return add


def run(n):
    checksum = 0
    step = counter(3)
    for i in naturals(n):
        checksum += step(i % 5)
    for a, b, c in windows(evens_then_odds(n), 3):
        checksum += a - b + c
    adders = make_adders(50)
    for i in range(n // 50):
        for add in adders:
            checksum += add(i) & 7
    acc = accumulate_with(lambda t, x: (t * 3 + x) % 1000003)
    checksum += sum(acc(x) % 11 for x in range(n))
    squares = (x * x for x in range(n))
    checksum += max(squares) % 1000 + sum(1 for _ in zip(naturals(n), range(0, n, 2)))
    return checksum % 1000000007


print(run(SIZE))
