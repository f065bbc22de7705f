a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
x = [1, 2, 3]
x[0], x[x[0]] = 2, 7
print(x)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib_pairs(12))
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
s = "rotate"
s = s[1:] + s[:1]
print(s)
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
x = y = z = 0
x += 1
print(x, y, z)
