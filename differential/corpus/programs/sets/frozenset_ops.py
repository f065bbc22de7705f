f = frozenset([1, 2, 3])
g = frozenset("ab")
print(f, g == frozenset("ba"), f | {4}, f & {2, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(f) == hash(frozenset([3, 2, 1])), {f: "key"}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(f.copy() is f, frozenset() is frozenset(), len(frozenset()), {frozenset(), frozenset([])})
nested = {frozenset([1]), frozenset([1, 2]), frozenset([2, 1])}
print(len(nested), frozenset([1]) in nested, {1} in nested)
s = {1, 2}
print(s == frozenset(s), s.issubset(f), frozenset(s) < f, f.union([7]), f.difference({1}))
print(sorted(frozenset({5, 3, 9})), max(f), sum(f), frozenset(range(3)).isdisjoint(range(3, 6)))
print(set.union(*[{1}, {2}, {3}]), frozenset.intersection(f, [1, 3], (3, 1)))
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset({"a"})))
