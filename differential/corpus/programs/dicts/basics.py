d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, 1 in d, list(d))
del d["b"]
print(d, d.pop("c"), d.pop("zz", "default"), d.setdefault("e", 5), d.setdefault("a", 99), d)
print(d.keys(), d.values(), d.items(), list(d.items())[0])
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d, d.popitem(), d)
print(dict(), dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
for bad in [lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(),
            lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {[1]: 2}, lambda: d.update(1)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = d.copy()
e.clear()
print(e, d == d.copy(), {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: "a", True: "b", 1.0: "c"}, {0: 0, False: 1}, {(1, 2): "t"})
print(d | {"z": 0}, {"a": 1} | {"a": 2}, sorted(d), reversed(d).__class__.__name__, list(reversed(d)))
d |= {"q": 1}
print(d)
