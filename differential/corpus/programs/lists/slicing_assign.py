a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[::3] = [0, 0, 0]
print(a)
a[1:1] = [9, 9, 9]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a[:] = "xyz"
print(a)
a[5:] = [1]
print(a)
a[-1:-1] = [2]
print(a)
try:
    a[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(e)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
b = [1, 2, 3, 4, 5]
b[1:4] = b
print(b, b[slice(None, None, -1)], b[slice(1, None)], b[-3:-1])
c = [0] * 5
c[3:0:-1] = ["x", "y", "z"]
print(c)
