class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, item):
        return item in self.items
    def __iter__(self):
        return iter(self.items)
b = Box("abc")
print(len(b), "a" in b, "z" in b, "z" not in b, list(b), bool(b), bool(Box([])))
for container in ["abc", [1, 2], (1,), {1: 2}, {3}, frozenset(), range(5), b"xy", bytearray(b"q"), {}.keys()]:
    print(type(container).__name__, len(container), 1 in container if not isinstance(container, (str,)) else "a" in container)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(iter([1]))
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
print(len(range(0, 100, 3)), len(range(10, 0)), len("日本"), len(b"\xe6\x97\xa5"))
