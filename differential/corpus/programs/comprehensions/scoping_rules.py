class C:
    base = 10
    values = [1, 2, 3]
    first = [v * 2 for v in values]
    try:
        uses_class_var = [v + base for v in values]
    except NameError as e:
        error = str(e)
print(C.first, C.error)
x = "outer"
[x for x in range(3)]
print(x)
res = [[x for x in range(i)] for i in range(3)]
print(res, x)
def f():
    n = 3
    return [[n * k for k in range(j)] for j in range(n)]
print(f())
print([k := i * 2 for i in range(3)], k)
def g():
    [m := j for j in range(4)]
    return m
print(g())
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(e)
try:
    exec("[j for j in range(3) if (j := 1)]")
except SyntaxError as e:
    print(e)
try:
    exec("class D:\n    [y := 1 for z in range(2)]")
except SyntaxError as e:
    print(e)
print([lambda: i for i in range(3)][0](), [(lambda: i)() for i in range(3)])
