grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
neighbours = [(r + dr, c + dc) for r, c in [(1, 1)] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
print(neighbours, sum(grid[n] for n in neighbours))
Point = tuple
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), len(edges), sorted({tuple(sorted(e)) for e in edges}))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    result = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = result
    return result
print(paths(10, 10), len(memo))
records = [("x", 3), ("y", 1), ("x", 2)]
print(sorted(records), dict(records), sorted(set(records)))
print(tuple(map(tuple, [[1, 2], [3]])), hash((1, 2)) == hash(tuple([1, 2])))
