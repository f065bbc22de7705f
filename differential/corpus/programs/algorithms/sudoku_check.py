grid = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9],
]
def groups(g):
    yield from (("row", i, row) for i, row in enumerate(g))
    yield from (("col", j, [g[i][j] for i in range(9)]) for j in range(9))
    for bi in range(3):
        for bj in range(3):
            yield ("box", bi * 3 + bj, [g[bi * 3 + i][bj * 3 + j] for i in range(3) for j in range(3)])
def problems(g):
    return [(kind, idx) for kind, idx, cells in groups(g) if sorted(cells) != list(range(1, 10))]
print(problems(grid))
bad = [row[:] for row in grid]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print(problems(bad))
for row in grid[:3]:
    print(" ".join(map(str, row[:3])), "|", " ".join(map(str, row[3:6])), "|", " ".join(map(str, row[6:])))
print(sum(map(sum, grid)), all(len(set(r)) == 9 for r in grid))
