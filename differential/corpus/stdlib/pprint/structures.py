# pprint of nested data: widths, depth, sorting, compact mode, and custom reprs.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {"name": "krait", "versions": [{"v": i, "tags": ["t%d" % j for j in range(i)]} for i in range(5)],
        "nested": {"a": {"b": {"c": {"d": list(range(30))}}}}, "set": {3, 1, 2}, "fs": frozenset({"x"}),
        "tuple": (1,), "bytes": b"\x00" * 40, "long": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60, sort_dicts=False)
print(pprint.pformat(list(range(40)), width=50))
print(pprint.pformat(OrderedDict(a=1, b=[1, 2]), width=10))
print(pprint.pformat(defaultdict(list, {"k": [1] * 20}), width=30))
print(pprint.pformat(Counter("mississippi")), pprint.pformat(deque(range(25), maxlen=30), width=40))
rec = [1, 2]
rec.append(rec)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))


@dataclass
class Node:
    name: str
    children: list


tree = Node("root", [Node("a", [Node("a1", [])]), Node("b", [])])
pprint.pprint(tree, width=30)
pp = pprint.PrettyPrinter(indent=4, width=20, underscore_numbers=True)
pp.pprint({"big": 12345678, "list": [1000000, 2]})
print(pprint.pformat("a long string " * 10, width=30))
