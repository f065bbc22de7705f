def min_max(seq):
    return min(seq), max(seq)
def stats(seq):
    n = len(seq)
    mean = sum(seq) / n
    var = sum((x - mean) ** 2 for x in seq) / n
    return n, mean, var
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max("hello"))
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var, var ** 0.5)
result = stats([1, 2, 3])
print(result, result[1], type(result).__name__)
def divide(a, b):
    q, r = divmod(a, b)
    return q, r, (q, r) == divmod(a, b)
print(divide(17, 5), divide(-17, 5))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, list(zip(xs, ys)) == coords)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (x, y) in enumerate(coords, 1):
    print(i, x * y)
