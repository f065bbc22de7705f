t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.index(5), t.index(5, 5), t.index(5, -3), len(t), min(t), max(t), sum(t))
try:
    t.index(5, 0, 4)
except ValueError as e:
    print(e)
print(t[::2], t[-3:], t[::-1][:3], t + (0,), (0,) + t[:2], t * 0, (t,)[0] is t)
print(sorted(t), tuple(sorted(set(t))), tuple(reversed(t))[:3], tuple(x for x in t if x > 4))
a = (1, [2, 3])
a[1].append(4)
print(a, hash((1, (2, 3))) == hash((1, (2, 3))))
print(tuple.__len__(t), t.__getitem__(slice(1, 3)), t.__contains__(9), t.__add__((1,))[-1])
print((1, 2) * 2, 2 * (1,), () * 5, (1,) == (1,))
empty = ()
print(len(empty), bool(empty), bool((0,)), repr(()), repr((1,)), repr((1, 2)))
x = 5,
print(x, type(x).__name__)
print(tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(3)), tuple(iter([7])))
