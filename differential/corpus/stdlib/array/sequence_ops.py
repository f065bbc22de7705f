# array.array as a sequence: indexing, slices (plain and extended) read, assigned and deleted,
# concatenation, repetition, in-place forms, membership, comparisons and iteration.
import array

a = array.array("i", range(10))
print(a, len(a), a[0], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-3], a[100:], a[-100:2])
for bad in (10, -11, 2**70):
    try:
        a[bad]
    except IndexError as e:
        print("index", bad, e)
try:
    a["x"]
except TypeError as e:
    print(e)

b = array.array("i", a)
b[2:5] = array.array("i", [70, 80])
print(b)
b[1:1] = array.array("i", [-1, -2, -3])
print(b)
b[::2] = array.array("i", [0] * len(b[::2]))
print(b)
try:
    b[::2] = array.array("i", [1])
except ValueError as e:
    print(e)
try:
    b[0:2] = [1, 2]
except TypeError as e:
    print(e)
try:
    b[0:2] = array.array("h", [1, 2])
except TypeError as e:
    print(e)
del b[::3]
print(b)
del b[-2:]
print(b)
del b[0]
print(b)
b[5:2] = array.array("i", [99])
print(b)
b[:] = b
print(b)
b[2:] = b
print(b)
del b[::-2]
print(b)
del b[7:1:-1]
print(b)

c = array.array("d", [1.5, 2.5])
print(c + c, c * 3, 2 * c, c * 0, c * -1)
c += array.array("d", [3.5])
c *= 2
print(c)
for bad in ([1.0], array.array("f", [1.0])):
    try:
        c + bad
    except TypeError as e:
        print(e)
    try:
        c += bad
    except TypeError as e:
        print(e)
try:
    c * 1.5
except TypeError as e:
    print(e)

print(2.5 in c, 9 in c, "x" in c, c.count(2.5), c.index(3.5), c.index(2.5, 2))
try:
    c.index(2.5, 2, 4)
except ValueError as e:
    print(e)
print(c.index(1.5, -100, 100), c.index(2.5, -3))

x = array.array("b", [1, 2, 3])
y = array.array("b", [1, 2, 4])
for op in ("<", "<=", "==", "!=", ">", ">="):
    print(op, eval(f"x {op} y"), eval(f"x {op} x"), eval(f"x[:2] {op} x"))
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]))
print(array.array("i", [1, 2]) < array.array("d", [1.0, 2.5]))
nan = float("nan")
print(array.array("d", [nan]) == array.array("d", [nan]), array.array("d", [nan]) != array.array("d", [nan]))
print(array.array("Q", [2**64 - 1]) > array.array("Q", [1]), array.array("q", [-1]) < array.array("q", [1]))
print(array.array("i") == [], array.array("u", "abc") < array.array("u", "abd"))

it = iter(array.array("H", [5, 6]))
print(type(it).__name__, next(it), list(it), list(it))
grow = array.array("i", [1])
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow, list(reversed(grow)), sorted(array.array("f", [3, 1, 2])), sum(grow))
