x = 10
result = [x for x in range(3)]
print(result, x)
print([y for y in range(3)], "y" in dir())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
g = (n * x for n in range(3))
x = 100
print(list(g))
print([(a, b) for a in range(3) for b in range(a)])
print({k: [v for v in range(k)] for k in range(3)})
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
print([w := 5, w + 1], w)
total = 0
data = [1, 2, 3]
print([total := total + d for d in data], total)
print([[j for j in range(i)] for i in range(4)])
