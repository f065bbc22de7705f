# raise ... from None: only the last exception is shown, without the one it replaced.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None
print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
