def point(x, y):
    return (x, y)
p = point(3, 4)
x, y = p
print(p, x, y, p[0] ** 2 + p[1] ** 2)
points = [point(i, i * i) for i in range(5)]
print(sorted(points, key=lambda q: -q[1]), max(points), min(points, key=lambda q: q[1] - q[0]))
print(dict(points), list(zip(*points)))
swap = lambda pair: pair[::-1]
print([swap(q) for q in points[:3]])
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(tuple(reversed((1, 2, 3))), tuple(x * 2 for x in (1, 2)), (1, 2).__len__(), (1, 2).__getitem__(1))
print(().__class__.__name__, isinstance((), tuple), tuple.__mro__)
t = (1, 2, 3)
u = t
t += (4,)
print(t, u, t is u)
