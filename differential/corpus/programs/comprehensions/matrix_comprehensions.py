n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
print(identity)
table = [[r * c for c in range(1, n + 1)] for r in range(1, n + 1)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
transposed = [[row[i] for row in table] for i in range(n)]
print(transposed == table, [row[::-1] for row in table][0])
diag = [table[i][i] for i in range(n)]
anti = [table[i][n - 1 - i] for i in range(n)]
print(diag, anti, sum(diag) - sum(anti))
flat = [v for row in table for v in row]
print(len(flat), sorted(set(flat)), {v: flat.count(v) for v in flat if flat.count(v) > 1})
spiral = []
m = [row[:] for row in table]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
