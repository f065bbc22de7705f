d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(list(d), [k for k, v in d.items() if v > 1])
d.pop("quick")
d["quick"] = 9
print(list(d))
d["the"] = 100
print(list(d))
print(dict(sorted(d.items(), key=lambda kv: kv[1])), dict(sorted(d.items())))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}, "d": 5}
print(merged, {**{}}, dict(**{"k": 1}))
counts = {}
for c in "abracadabra":
    counts.setdefault(c, []).append(c)
print({k: len(v) for k, v in counts.items()})
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
