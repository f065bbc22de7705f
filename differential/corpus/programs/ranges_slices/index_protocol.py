class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(5)], data[::Idx(3)], "xyz"[Idx(-1)], range(10)[Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), [0] * Idx(3), "ab" * Idx(2), (1,) * Idx(2))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), slice(Idx(1)).indices(5))
class Bad:
    def __index__(self):
        return "no"
try:
    data[Bad()]
except TypeError as e:
    print(e)
try:
    data[1.5]
except TypeError as e:
    print(e)
try:
    key = None
    "abc"[key]
except TypeError as e:
    print(e)
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", (10).__index__(), True.__index__())
print(Idx(9).__index__(), [1, 2, 3][True], "abc"[Idx(0):Idx(-1)])
