# Spectral norm: power iteration on the infinite matrix a(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).
# Float division and multiply-add in nested loops over lists and generator expressions summed,
# called through small functions.

SIZE = 600  # quick: 10


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(a(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_ata(u):
    return times_transposed(times(u))


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    return (vbv / vv) ** 0.5


print(round(spectral_norm(SIZE), 9))
