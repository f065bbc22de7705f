# reprlib: abbreviated reprs of big structures, custom limits and recursive_repr.
import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnop"), r.repr(10 ** 50))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node()
n.children.append(n)
print(repr(n))
