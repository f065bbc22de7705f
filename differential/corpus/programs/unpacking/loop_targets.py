pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
for i, (k, v) in enumerate(sorted(d.items(), reverse=True)):
    print(i, k, v)
points = [[1, 2], [3, 4]]
for x, y in points:
    x += 10
print(points)
obj = type("O", (), {})()
for obj.attr in range(3):
    pass
print(obj.attr)
arr = [None, None]
for arr[0], arr[1] in [(1, 2), (3, 4)]:
    pass
print(arr)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
print([(y, x) for x, y in zip("ab", "cd")], {v: k for k, v in d.items()})
