# Permutation search: count the placements of n queens by backtracking over columns, with the
# attacked diagonals kept in lists of booleans. Recursion, list indexing and assignment.

SIZE = 12  # quick: 5


def solve(n):
    columns = [False] * n
    diag_down = [False] * (2 * n)
    diag_up = [False] * (2 * n)
    placed = [0] * n

    def place(row):
        if row == n:
            return 1, sum(i * c for i, c in enumerate(placed))
        found = 0
        weight = 0
        for col in range(n):
            d1 = row + col
            d2 = row - col + n
            if columns[col] or diag_down[d1] or diag_up[d2]:
                continue
            columns[col] = diag_down[d1] = diag_up[d2] = True
            placed[row] = col
            f, w = place(row + 1)
            found += f
            weight += w
            columns[col] = diag_down[d1] = diag_up[d2] = False
        return found, weight

    return place(0)


# Sizes 4..SIZE, twice: size 13 alone would take too long, size 12 alone too little.
total = 0
for _ in range(2):
    for size in range(4, SIZE + 1):
        count, weight = solve(size)
        total += count * size + weight
print(total)
