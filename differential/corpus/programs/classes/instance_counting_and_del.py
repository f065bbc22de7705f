class Tracked:
    live = 0
    created = 0
    def __init__(self, name):
        self.name = name
        Tracked.live += 1
        Tracked.created += 1
    def close(self):
        Tracked.live -= 1
        return f"closed {self.name}"
objs = [Tracked(n) for n in "abc"]
print(Tracked.live, Tracked.created, [o.name for o in objs])
print(objs.pop().close(), Tracked.live)
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, value in tree.walk():
    print("  " * depth + value)
print(tree, tree.children[0], sum(1 for _ in tree.walk()))
