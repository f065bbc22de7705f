def f():
    return [(yield) for x in (await y)]
