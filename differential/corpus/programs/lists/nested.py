grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1][2], [row[1] for row in grid], list(zip(*grid)))
alias = [[0] * 3] * 3
alias[0][0] = 1
print(alias)
fresh = [[0] * 3 for _ in range(3)]
fresh[0][0] = 1
print(fresh)
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = []
b.append(b)
print(b, [b, b], str([[], [[]]]))
import sys
flat = [x for row in grid for x in row if x % 2]
print(flat, sum(grid, []), [sum(r) for r in grid], max(grid, key=sum))
m = [[1, 2], [3, 4]]
print([[sum(a * b for a, b in zip(r, c)) for c in zip(*m)] for r in m])
print([1, [2, [3, [4]]]] == [1, [2, [3, [4]]]], [1, [2]] < [1, [3]])
