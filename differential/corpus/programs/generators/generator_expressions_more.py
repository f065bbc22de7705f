data = [3, 8, 1, 9, 4]
print(sum(x for x in data if x > 2), max((x, i) for i, x in enumerate(data)), min(x % 5 for x in data))
print(sorted((x for x in data), reverse=True), tuple(x // 2 for x in data), set(x % 2 for x in data))
print(dict((x, x * x) for x in data[:3]), "".join(str(x) for x in data), any(x > 8 for x in data))
g = (x * 10 for x in data)
print(g.__next__(), next(g), list(g), list(g))
nested = (sum(row) for row in [[1, 2], [3], []])
print(list(nested))
def source():
    for x in range(3):
        print("producing", x)
        yield x
lazy = (x * 2 for x in source())
print("generator built")
for value in lazy:
    print("consumed", value)
print(list(zip((c for c in "abc"), (n for n in range(10)))))
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
