def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
fib = [[1, 1], [1, 0]]
print(matpow(fib, 10), matpow(fib, 90)[0][1])
a = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(matmul(a, identity(3)) == a, det(a), det([[1, 2], [3, 4]]), det(identity(4)))
t = list(map(list, zip(*a)))
print(t == a, matmul(a, a))
for row in matpow(a, 3):
    print(" ".join(f"{v:4d}" for v in row))
