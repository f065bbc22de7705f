class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v) % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
d = {Key(i): i for i in range(6)}
print(d, d[Key(4)], Key(7) in d, len(d))
d[Key(4)] = "four"
print(d[Key(4)], len(d))
class NoEq:
    def __repr__(self):
        return "NoEq"
n1, n2 = NoEq(), NoEq()
print(len({n1: 1, n2: 2}), {n1: 1}.get(n1), {n1: 1}.get(n2))
print({1: "int", 1.0: "float"}, {(1, 2): 1, (1, 2.0): 2}, {-1: "a", -2: "b"})
print({float("nan"): 1, float("nan"): 2}.__len__(), {"": 1}[""], {None: 0}[None])
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(e)
print(hash(frozenset()) == hash(frozenset()), {frozenset({1}): "fs"}[frozenset([1])])
