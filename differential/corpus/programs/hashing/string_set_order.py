fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"}
print(fruits)
print(list(fruits)[0], sorted(fruits)[0])
letters = set("abcdefghijklmnopqrstuvwxyz")
print("".join(letters))
grow = set()
for i in range(30):
    grow.add(f"k{i}")
print(grow)
for i in range(0, 30, 2):
    grow.discard(f"k{i}")
print(grow)
grow.update(["new1", "new2"])
print(grow)
a = {"x", "y", "z", "w"}
b = {"z", "w", "v"}
print(a | b, a & b, a - b, a ^ b)
print(frozenset(["one", "two", "three"]), {("t", 1), ("u", 2)}, {"é", "ü", "ß", "日"})
d = dict.fromkeys(fruits)
print(list(d) == list(fruits))
