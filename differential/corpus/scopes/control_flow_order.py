def f(x):
    data = None
    try:
        if x:
            return
        res = x.get()
        data, addr = res
    finally:
        if data:
            print(data, addr)


def g(items):
    for it in items:
        try:
            if it:
                break
            value = it
        finally:
            cleanup = value
    return cleanup


def h():
    b = a = c = 1
    a += d
    with open(p) as (q, r), open(s) as t:
        pass
    del u
    return b


def k(v):
    x = (4 + y)
    y = 1
    return x


def unreachable():
    return 1

    def dead():
        return 2
