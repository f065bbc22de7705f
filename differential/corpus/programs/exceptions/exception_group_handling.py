def collect(funcs):
    errors = []
    results = []
    for f in funcs:
        try:
            results.append(f())
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} failures", errors)
    return results
funcs = [lambda: 1, lambda: 1 / 0, lambda: int("x"), lambda: [][1], lambda: {}["k"]]
try:
    collect(funcs)
except* ZeroDivisionError as g:
    print("zero:", [str(e) for e in g.exceptions])
except* (ValueError, IndexError) as g:
    print("value/index:", sorted(type(e).__name__ for e in g.exceptions))
except* LookupError as g:
    print("lookup:", [repr(e) for e in g.exceptions])
print(collect([lambda: 1, lambda: 2]))
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [ValueError(2), TypeError(3)])])
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)], len(eg.exceptions))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
