class Rng:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return [self[i] for i in range(*idx.indices(self.n))]
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError("Rng index out of range")
        return idx * idx
r = Rng(6)
print(r[2], r[-1], r[1:4], r[::2], r[::-1], list(r), 16 in r, 17 in r, len(r))
try:
    r[6]
except IndexError as e:
    print(e)
print(sorted(r, reverse=True), [x for x in r if x % 2], max(r), list(reversed(r)))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.rows[r][c] = v
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)
try:
    m[5]
except TypeError as e:
    print(e)
