# collections for record keeping: Counter word stats, defaultdict indexes, deque history,
# namedtuple records, ChainMap configuration layers, OrderedDict as an LRU cache.
from collections import Counter, defaultdict, deque, namedtuple, ChainMap, OrderedDict, UserDict

text = """the cat sat on the mat the dog sat on the log a cat and a dog"""
words = text.split()
c = Counter(words)
print(c.most_common(4), c["cat"], c["zebra"], sum(c.values()), c.total())
c2 = Counter("the the cat".split())
print(c - c2, c & c2, (c | c2)["the"], +Counter(a=-1, b=2), list((c2 + c2).elements()))
c2.subtract({"the": 5})
print(c2, sorted(c2.items()))
index = defaultdict(list)
for pos, w in enumerate(words):
    index[w[0]].append(pos)
print(sorted(index.items())[:4], dict(defaultdict(int, a=1)))
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, history[0], history.maxlen)
d = deque(range(6))
d.rotate(2)
print(d, d.popleft(), d.pop(), d.index(1), d.count(1))
d.extendleft("ab")
print(d, list(reversed(d)))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops"), Employee._make(["cy", "eng", 90])]
print(staff[1], staff[0]._asdict(), staff[0]._replace(salary=130), Employee._field_defaults)
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept))
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
child = cfg.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0])


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(2)
lru.put("a", 1)
lru.put("b", 2)
lru.get("a")
lru.put("c", 3)
print(list(lru.items()), lru)


class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


ld = Lower({"A": 1})
ld["B"] = 2
print(ld, "a" in ld, ld.data)
