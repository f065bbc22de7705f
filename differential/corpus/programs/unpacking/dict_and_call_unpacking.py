def show(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"
args = (1, 2)
extra = {"c": 3, "d": 4}
print(show(*args))
print(show(*args, **extra))
print(show(*range(6)))
print(show(*"xy", **{"flag": True}))
print(show(**{"a": "A", "b": "B"}))
print(show(1, *[2, 3], 4, *(5,), e=5, **{"f": 6}))
defaults = {"host": "localhost", "port": 80}
overrides = {"port": 8080, "debug": True}
print({**defaults, **overrides}, {**overrides, **defaults})
print(dict(defaults, **overrides), {**defaults, "port": 1, **{"port": 2}})
a, *b, c = range(10)
print(a, b, c)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
*_, last = "unpack"
print(last)
print([*{"k1": 1, "k2": 2}], [*{"k1": 1}.values()], (*{1, 2},))
