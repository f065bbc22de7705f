# copy: shallow and deep copies of nested structures, custom __copy__/__deepcopy__, memo.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


class Counted:
    copies = 0

    def __init__(self, v):
        self.v = v

    def __copy__(self):
        Counted.copies += 1
        return Counted(self.v)

    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.v, memo))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children, deep)
tree.children[0].name = "changed"
print(shallow.children[0].name, deep.children[0].name)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = {"self": None}
cyc["self"] = cyc
dc = copy.deepcopy(cyc)
print(dc["self"] is dc, dc is not cyc)
c = Counted([1, 2])
copy.copy(c)
copy.deepcopy([c, c])
print(Counted.copies)
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, s2.b)
print(copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)) == (1, 2), copy.copy(frozenset({1})))
import types
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(types.SimpleNamespace) is types.SimpleNamespace)


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x * 2,))


print(copy.copy(Reduced(3)).x, copy.deepcopy(Reduced(4)).x)
try:
    copy.deepcopy(iter([]))
except TypeError as e:
    print("TypeError", e)
d = {"k": [1, {"x": [2]}]}
d2 = copy.deepcopy(d)
d2["k"][1]["x"].append(3)
print(d, d2)
