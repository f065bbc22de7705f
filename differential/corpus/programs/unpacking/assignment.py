a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
[x, y] = "xy"
print(x, y)
p = q = r = []
p.append(1)
print(p, q, r, p is r)
i, j = k, l = 7, 8
print(i, j, k, l)
for idx, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(idx, name, score)
d = {}
d["k"], d["m"] = 1, 2
obj = type("O", (), {})()
obj.x, obj.y = "ox", "oy"
print(d, obj.x, obj.y)
lst = [0, 0, 0]
lst[0], lst[2] = 9, 8
print(lst)
n = 0
n, lst[n] = 1, "set"
print(n, lst)
for bad in ["a, b = 1, 2, 3", "a, b = [1]", "a, b, c = 'xy'", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as err:
        print(bad, "->", type(err).__name__, err)
