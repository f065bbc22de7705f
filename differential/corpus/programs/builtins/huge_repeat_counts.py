# Repeating a sequence by a count that does not fit a Py_ssize_t raises OverflowError, for
# negative counts too (CPython: Objects/abstract.c sequence_repeat); a count that fits but is
# too large for memory raises MemoryError.
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for v in [(1,), b"a", "a", [1], bytearray(b"a"), (), b"", ""]:
    name = type(v).__name__
    for n in (2**63, -2**63 - 1, 2**62, -2**70, 10**30, 2, -1, 0, 1):
        attempt(f"{name} * {n}", lambda: v * n)
        attempt(f"{n} * {name}", lambda: n * v)
    attempt(f"{name} * Count(2**64)", lambda: v * Count(2**64))
    attempt(f"{name} * Count(3)", lambda: v * Count(3))


def inplace(v, n):
    v *= n
    return v


for v in [(1, 2), b"ab", "ab", [1, 2], bytearray(b"ab")]:
    attempt(f"{type(v).__name__} *= 2**64", lambda: inplace(v, 2**64))
    attempt(f"{type(v).__name__} *= -2**64", lambda: inplace(v, -2**64))
    attempt(f"{type(v).__name__} *= 3", lambda: inplace(v, 3))
