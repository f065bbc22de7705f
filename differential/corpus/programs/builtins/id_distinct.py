# id(): distinct for objects alive at the same time, stable for one object.
a = [object() for _ in range(200000)]
print(len(set(map(id, a))) == len(a))
b = [[] for _ in range(1000)]
print(len({id(x) for x in b}))
print(id(a) == id(a), id(1) == id(1))
