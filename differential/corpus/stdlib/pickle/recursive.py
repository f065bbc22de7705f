# Shared and recursive structures: a list, dict and object that contain themselves, tuples
# reached from inside themselves (POP/POP_MARK then a memo GET), and identity kept on load.
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))

lst = [1]
lst.append(lst)
dct = {"k": 1}
dct["me"] = dct
inner = []
tup = (inner, 2)
inner.append(tup)
big = []
btup = (big, 1, 2, 3, 4)
big.append(btup)
fs_holder = []

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    back = pickle.loads(pickle.dumps(root, proto))
    print(" tree", back.name, [c.name for c in back.children], back.children[0].parent is back,
          back.children[0].children[0].parent is back.children[0])
    data = pickle.dumps(lst, proto)
    b = pickle.loads(data)
    print(" list", data.hex(), b[1] is b)
    data = pickle.dumps(dct, proto)
    b = pickle.loads(data)
    print(" dict", data.hex(), b["me"] is b)
    data = pickle.dumps(tup, proto)
    b = pickle.loads(data)
    print(" tuple", data.hex(), b[0][0] is b)
    data = pickle.dumps(btup, proto)
    b = pickle.loads(data)
    print(" tuple5", data.hex(), b[0][0] is b)
    shared = [1, 2]
    data = pickle.dumps({"x": shared, "y": shared, "z": (shared, shared)}, proto)
    b = pickle.loads(data)
    print(" shared", data.hex(), b["x"] is b["y"] is b["z"][0] is b["z"][1])

deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
back = pickle.loads(pickle.dumps(deep))
depth = 0
while back:
    back = back[0]
    depth += 1
print("depth", depth)

# Fast mode skips the memo, so shared objects are written twice.
import io
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = 1
shared = ["s"]
p.dump([shared, shared])
b = pickle.loads(buf.getvalue())
print(buf.getvalue().hex(), b[0] is b[1], b[0] == b[1])
