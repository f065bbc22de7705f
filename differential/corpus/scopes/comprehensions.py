def f(xs, ys):
    a = [x * y for x in xs for y in ys if x if y]
    b = {x: y for x, y in zip(xs, ys)}
    c = {x for x in xs}
    d = (x for x in xs)
    e = [[x for x in range(y)] for y in ys]
    g = [y for x in xs for y in [x * 2]]
    return a, b, c, d, e, g


async def af(xs):
    r = [x async for x in xs]
    s = [await x for x in xs]
    t = (x async for x in xs)
    return r, s, t


def uses_outer(n):
    return [lambda: i + n for i in range(n)]


class Body:
    items = [1, 2]
    doubled = [x * 2 for x in items]
    pairs = [(x, y) for x in items for y in items]
