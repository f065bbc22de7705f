class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("q"), "q" in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(c, sorted(c.items(), key=lambda kv: -kv[1]))
try:
    {}["x"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
print(dict.get({"a": 1}, "a"), {}.get(1, [])), 
print({"k": None}.get("k", 5), {}.setdefault("s"), dict.fromkeys("xy", []))
