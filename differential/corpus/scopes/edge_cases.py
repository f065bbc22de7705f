class A:
    def m(self):
        return lambda: super().m()

    names = [__class__ for _ in range(1)] if False else None

    def n(self):
        del self
        return [__class__ for _ in ()]


def outer():
    v = 1

    class Inner:
        def get(self):
            nonlocal v
            v += 1
            return v

        def uses(self):
            return [v for _ in ()]
    del v
    return Inner


def loops(items):
    for it in items:
        try:
            if it:
                continue
            first = it
        finally:
            try:
                second = first
            finally:
                third = second
    return third


def handlers():
    try:
        pass
    except* ValueError as group:
        handled = group
    return handled


def star_targets(seq):
    first, *middle, last = seq
    [a, *b] = seq
    for x, *y in seq:
        pass
    return first, middle, last, a, b, x, y


def kw_only_default_order(*, a=lambda: b, b=lambda: a):
    return a, b


def dict_order(d):
    return {k1: v1, **d, k2: v2}


class Mangled:
    def __init__(self):
        self.__x = 1

    def get(self, __x=None):
        return [__y for __y in (__x,)]
