matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(list(sum(r) for r in matrix), max(v for r in matrix for v in r if v % 2 == 0))
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
print(sorted({(a + b) % 5 for a in range(5) for b in range(5)}))
gen = ((i, j) for i in range(3) for j in range(i, 3))
print(list(gen))
print(any(x > 8 for r in matrix for x in r), all(len(r) == 3 for r in matrix))
flat = (x for r in matrix for x in r)
print(next(flat), next(flat), list(flat))
print(dict(enumerate(c for c in "xyz")), list(map(list, zip(*matrix))))
try:
    [x for x in range(3) for y in x]
except TypeError as e:
    print(e)
