def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    def g():
        return a, c, args, kwargs
    return g


def h(*, only):
    return only


lambda x, /, y, *z, w, **v: (x, y, z, w, v)


def cell_params(p, q, r):
    return lambda: (r, p)


def defaults(x=[y for y in range(3)], *, z=lambda: w):
    pass


def annotations(a: int, *b: str, c: "fwd" = None, **d: list) -> dict:
    pass
