d = {"x": 1, "y": 2, "z": 3}
k, v, i = d.keys(), d.values(), d.items()
d["w"] = 4
print(k, v, i, len(k), "x" in k, 2 in v, ("y", 2) in i, ("y", 3) in i)
print(k & {"x", "q"}, k | {"q"}, k - {"x"}, k ^ {"x", "q"}, i & {("x", 1)})
print(sorted(k), list(v), list(reversed(i)), k == {"x", "y", "z", "w"}, k.isdisjoint(["a"]))
print(d.keys() == d.keys(), d.values() == d.values(), list(d.items())[:2])
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(e)
print(len(d))
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(e)
print(d)
it = iter(d.items())
print(next(it), list(it))
print(type(k).__name__, type(v).__name__, type(i).__name__, k.mapping == d)
