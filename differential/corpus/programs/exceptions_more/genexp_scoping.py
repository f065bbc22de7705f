# Generator expressions: first iterable evaluated at once, the rest late; closures bind late.
x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))
items = [1, 2]
g = (i for i in items)
items = [7, 8, 9]
print(list(g))
try:
    g = (i for i in undefined_name)
except NameError as e:
    print("eager", e)
g = (j for i in range(2) for j in undefined_later)
try:
    next(g)
except NameError as e:
    print("lazy", e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    base = 5
    try:
        vals = list(base + i for i in range(2))
    except NameError as e:
        vals = str(e)
    firsts = list(i for i in range(base))
print(C.vals, C.firsts)
g = (i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, next(g), list(g), list(g))
def outer():
    return [(lambda: n)() for n in range(2)], list((lambda: n) for n in range(2))[0]()
print(outer())
print(sum(i * i for i in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
