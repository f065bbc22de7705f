a = [5, 3, 8, 1]
print(a.index(8), a.count(3), a.copy() == a, a.copy() is a, list.__len__(a), a.__contains__(1))
a.extend(x * 10 for x in range(3))
print(a)
a.extend(a)
print(a, len(a))
a[:] = a[:4]
a.insert(-100, "start")
a.insert(100, "end")
print(a)
print(a.pop(1), a.pop(-2), a)
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b, b.index(2), b.index(1, 1), b.index(1, -1))
try:
    b.index(1, 1, 3)
except ValueError as e:
    print(e)
c = [[1], [2]]
d = c.copy()
d[0].append(9)
d.append([3])
print(c, d)
e = list(range(10))
del e[2:8:2]
print(e, e[::-1], e.__reversed__().__class__.__name__)
e *= 2
print(e, len(e))
e *= 0
print(e)
print([1, 2, 3].__mul__(2), [1].__add__([2]), [].__iadd__("xy"))
