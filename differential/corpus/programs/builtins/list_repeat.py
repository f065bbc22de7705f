# list * n: the items repeated, the same objects (not copies), in order
a = [1, 'two', None]
print(a * 3, a * 0, a * -2, 0 * a, 2 * a)
inner = []
grid = [inner] * 4
inner.append(5)
print(grid, all(row is inner for row in grid))
print([0] * 7, len([None] * 1000), [[]] * 2)
print([] * 5, len([1, 2] * 999), ([1, 2, 3] * 5)[-4:])
b = [1, 2]
b *= 3
print(b)
class Count:
    def __index__(self):
        return 3
print(['x'] * Count(), [1, 2] * True, [3] * False)
try:
    [1] * 'a'
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    [1] * (2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
