class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
class Obj:
    pass
o = Obj()
with Pair() as (o.first, o.second):
    pass
print(o.first, o.second)
store = [None, None]
with Pair() as store[0]:
    pass
print(store)
with Pair() as (a, *rest):
    print(a, rest)
with Pair() as pair, Pair() as (x, y):
    print(pair, x + y)
with Pair():
    print("no target")
with (Pair() as p1, Pair() as p2):
    print(p1 == p2)
