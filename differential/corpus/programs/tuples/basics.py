t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index(3.0), (1, 2) + (3,), (0,) * 3, 1 in t, (5, 6) in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, "a") != (1, "b"))
a, b, *rest = t
print(a, b, rest)
x = 1, 2
y = x,
print(x, y, type(x).__name__, len(y))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), "x")))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(repr((1,)), str((None, True)), repr(("a", 'b"')), max((3, 1)), sorted((3, 1, 2)))
