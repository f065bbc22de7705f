@dec(1)
def f(a, /, b, *, c=1, **kw) -> int:
    if (n := len(a)) > 10:
        return n
