a = {3, 1, 4, 1, 5, 9, 2, 6}
b = {2, 7, 1, 8}
print(a, b, len(a), 4 in a, 7 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b, {1}), a.difference([1, 2]), a.symmetric_difference(range(5)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1}.issubset([1]), {1, 2}.issuperset([2]))
print({1, 2}.isdisjoint({3}), {1} == {1}, {1} != {1.0}, set() == frozenset())
s = set()
s.add(10); s.add(-1); s.add(10); s.update([3, 2], (7,))
print(s, s.pop(), s)
s.discard(99); s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print(set(), set("aabbcc") == {"a", "b", "c"}, set(range(5)), {x % 4 for x in range(20)})
c = {5, 6}
c |= {7}; c &= {5, 7, 9}; c -= {9}; c ^= {1}
print(c, sorted({"pear", "apple", "fig"}), repr(set()), repr(frozenset()), frozenset([3, 1]))
