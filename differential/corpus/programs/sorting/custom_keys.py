class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"{self.name}:{self.price}"
    def __lt__(self, other):
        return self.price < other.price
items = [Item("b", 3), Item("a", 1), Item("c", 2), Item("d", 1)]
print(sorted(items), sorted(items, reverse=True), max(items), min(items))
print(sorted(items, key=lambda i: i.name), sorted(items, key=lambda i: (-i.price, i.name)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(e)
def cmp_to_key(cmp):
    class K:
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return K
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
