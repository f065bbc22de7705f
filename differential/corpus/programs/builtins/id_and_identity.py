a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
x = None
print(x is None, id(None) == id(None), type(id(a)).__name__, id(a) > 0)
s1 = "interned"
s2 = "interned"
print(s1 == s2, True is True, int is int, ... is Ellipsis)
def f():
    pass
print(id(f) == id(f), f is f, [] is [], {} == {})
small = [i for i in range(5)]
print(small[0] == 0, len(set(map(id, [a, b, c]))))
ids = {id(a): "a", id(c): "c"}
print(ids[id(b)], len(ids))
obj = object()
print(hash(obj) == hash(obj), id(obj) == id(obj))
print(isinstance(id(obj), int), (id(a) - id(a)))
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 is k1, len({k1, k2, k1}))
