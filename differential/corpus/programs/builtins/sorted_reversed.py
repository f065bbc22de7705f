data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda n: -n), data)
print(sorted("hello world"), sorted({3: "c", 1: "a"}.items()), sorted((3, 1)), sorted(set([3, 1, 2])))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.casefold), sorted([], reverse=True))
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[0]), sorted([-3, 2, -1], key=abs, reverse=True))
try:
    sorted([3, "a"])
except TypeError as e:
    print(e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(reversed(Seq())), sorted(Seq(), reverse=True), list(Seq()))
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
