a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a[5:1:-1], a[:100], a[-100:1])
a.append(5); a.insert(0, 0); a.insert(100, 7); a.insert(-1, 8)
print(a, a.count(1), a.index(5), a.index(5, 6), a.pop(), a.pop(0), a.pop(-2))
a.remove(1); a.extend([10, 11]); a.extend(range(2)); a += "ab"
print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a == b, b, len(a))
for bad in [lambda: a.index(99), lambda: a.remove(99), lambda: [].pop(), lambda: a[50],
            lambda: a.pop(50), lambda: a.insert(), lambda: a.__setitem__(99, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, 2 * [None], [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}), [*"xy", *[1]])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print(3 in [1, 2, 3], [1] in [[1]], [] in [[]], sum([[1], [2]], []))
