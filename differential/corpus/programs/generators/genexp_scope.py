x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
g2 = (i for i in range(x))
x = 2
print(len(list(g2)))
try:
    (i for i in 5)
except TypeError as e:
    print(e)
def lazy_source():
    print("source evaluated")
    return [1, 2]
g3 = (y * 2 for y in lazy_source())
print("created")
print(list(g3))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(i * i for i in range(10)), max((len(w), w) for w in "a bb ccc".split()))
print(type(i for i in ()).__name__, (i for i in ()).__name__, (i for i in ()).__qualname__)
gen = (c.upper() for c in "abc")
print(next(gen), "".join(gen))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
