a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
c[1].append(5)
print(a, b, c, d, a is b, a is c, a == c, a[1] is c[1])
e = a * 2
print(e, e[1] is e[4] if len(e) > 4 else None)
x = [1, 2, 3]
y = x
x += [4]
print(x, y, x is y)
x = x + [5]
print(x, y, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as err:
    print(err)
print(t)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
z = [0]
print(mutate(z), z)
