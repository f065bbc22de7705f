d = dict.fromkeys(["a", "b", "c"], 0)
print(d, d.get("a"), d.setdefault("d", []), d)
d["d"].append(1)
print(d.pop("a"), d.popitem(), d, len(d))
d.update(x=1, y=2)
d.update({"y": 3}, z=4)
print(d, list(d.keys()), list(d.values()))
print(d.copy() == d, d.copy() is d, dict(d) == d, {**d} == d)
d.clear()
print(d, d.get("x", "missing"), d.pop("x", None))
e = {"k": 1}
print(e.__getitem__("k"), e.__contains__("k"), e.__len__(), dict.__name__, e.__class__.__name__)
print(dict(zip("abc", range(3))), dict([("a", 1)], b=2), dict({"a": 1}.items()))
print(dict.fromkeys("aab"), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
try:
    {}.update([("a", 1, 2)])
except ValueError as e:
    print(e)
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {}.fromkeys()
except TypeError as e:
    print(e)
