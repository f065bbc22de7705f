s = {1, 2, 3, 4, 5}
s.intersection_update({2, 3, 4, 9})
print(s)
s.difference_update([3])
print(s)
s.symmetric_difference_update({4, 7})
print(s)
s.update(range(3))
print(s, s.copy() == s, s.copy() is s)
print(s.issuperset(range(2)), s.issubset(range(10)), s.isdisjoint({100}))
t = s.copy()
t.clear()
print(t, len(t), bool(t))
print(set("abc").union("cde") == set("abcde"), set([1, 2]).intersection([2, 3], [2, 4]))
print(set.union(set(), [1], (2,)), set().union(), {1, 2}.difference(), {1}.symmetric_difference([1, 2]))
for bad in [lambda: s.issubset(5), lambda: s.update(1), lambda: s.intersection(None), lambda: s.remove([])]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(s.__len__(), s.__contains__(1), s.__or__({100}) - s, s.__sub__({0}), s.__xor__(s))
print(s.__ior__({9}), s, s.__isub__({9}), s)
