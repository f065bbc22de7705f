a = {1, 2, 3, 4, 5, "a", "b"}
b = {4, 5, 6, 7, "b", "c"}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9], "xy"), a.intersection(b, [4, "b"]), a.difference(b, [1]))
print(a.symmetric_difference([5, 6, 5]), a.issubset(a | b), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint([100]), a < a | b, a <= a, a > b, a == set(a), a != b)
c = a.copy()
c.update([10, 11], {12})
print(c)
c.intersection_update(a | {10}, [1, 2, 3, 10, "a"])
print(c)
c.difference_update([1], {2})
print(c)
c.symmetric_difference_update({3, 99})
print(c)
c |= {7}
c &= {7, 10, 99, "a"}
c -= {10}
c ^= {1000}
print(c)
for bad in [lambda: c.remove(12345), lambda: set().pop(), lambda: a | [1], lambda: [1] & a,
            lambda: a.union(x=1), lambda: set(1, 2), lambda: set(x=1), lambda: frozenset(1, 2),
            lambda: {[1]}, lambda: a.add([]), lambda: hash(a), lambda: a < [1],
            lambda: frozenset(x=[1]), lambda: a.issubset(), lambda: a.update(3),
            lambda: a.symmetric_difference(1, 2), lambda: set.add(frozenset(), 1)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(repr(e))
x = a.copy()
try:
    x -= [1]
except TypeError as e:
    print(repr(e))
p = {5, 6, 7}
print(p.pop(), p.pop(), p, p.discard(7), p.discard(8), p)
print({1} in {frozenset({1})}, {1} in {1, 2}, frozenset({1}) in {frozenset({1})})
g = {frozenset({1})}
g.remove({1})
print(g)
f = frozenset([3, 2, 1])
print(f, f.copy() is f, frozenset(f) is f, hash(f) == hash(frozenset([1, 2, 3])))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset(["a"])))
print(f | {4}, {4} | f, f & {1}, f - {1}, f ^ {9}, type(f | {4}).__name__, type({4} | f).__name__)
print(a.__reduce__()[0] is set, sorted(a.__reduce__()[1][0], key=repr), f.__len__())
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(repr(e))
try:
    for v in s:
        pass
    print("done", s)
except RuntimeError as e:
    print(repr(e))
print(set.__hash__, frozenset.__hash__ is None)
