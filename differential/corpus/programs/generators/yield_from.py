def inner():
    x = yield "inner 1"
    print("inner got", x)
    yield "inner 2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    return "outer done"
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def delegating():
    try:
        yield from thrower()
    except ZeroDivisionError:
        yield "outer caught"
def thrower():
    yield 1
    1 / 0
print(list(delegating()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {3: 4})))
