# Which builtin objects accept weak references: CPython gives memoryview, set, frozenset,
# functions, types, generators, re patterns and deques a weak-reference slot, and not int, str,
# tuple, list, dict or bytes.
import array
import collections
import gc
import re
import weakref


def gen():
    yield 1


candidates = [
    ("memoryview", lambda: memoryview(b"abc")),
    ("memoryview slice", lambda: memoryview(bytearray(b"abcdef"))[1:4]),
    ("set", lambda: {1, 2}),
    ("frozenset", lambda: frozenset({1})),
    ("function", lambda: (lambda: None)),
    ("generator", lambda: gen()),
    ("pattern", lambda: re.compile("a+b")),
    ("deque", lambda: collections.deque([1])),
    ("array", lambda: array.array("b", [1, 2])),
    ("int", lambda: 12345),
    ("str", lambda: "text"),
    ("tuple", lambda: (1, 2)),
    ("list", lambda: [1]),
    ("dict", lambda: {}),
    ("bytes", lambda: b"x"),
    ("bytearray", lambda: bytearray(b"x")),
]
for name, make in candidates:
    obj = make()
    try:
        ref = weakref.ref(obj)
    except TypeError as exc:
        print(f"{name}: {exc}")
    else:
        print(f"{name}: weakly referenced, alive {ref() is obj}")

# a memoryview's callback runs once the view is gone, and hands back the reference
seen = []
view = memoryview(bytearray(b"payload"))
ref = weakref.ref(view, lambda r: seen.append(r is ref))
del view
gc.collect()
print("after collect:", ref(), seen)
