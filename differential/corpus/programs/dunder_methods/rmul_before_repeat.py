# seq * n for the builtin sequences: the count's __rmul__ goes before the sequence's repeat
# (CPython's sq_repeat comes after both operands' nb_multiply), and the repeat still happens
# when that __rmul__ returns NotImplemented or the count type has none of its own.
import array
import collections


class Count(int):
    def __rmul__(self, other):
        return ("Count.__rmul__", type(other).__name__, int(self))


class Declines(int):
    def __rmul__(self, other):
        print("  Declines.__rmul__ called")
        return NotImplemented


class Plain(int):
    pass


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __rmul__(self, other):
        return "Index.__rmul__"


class MyList(list):
    pass


sequences = ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), MyList([3]),
             collections.deque([4]), array.array("i", [5])]
for seq in sequences:
    name = type(seq).__name__
    print(name, "* Count:", seq * Count(2))
    print(name, "* Declines:")
    print("  ->", seq * Declines(2))
    print(name, "* Plain:", seq * Plain(2))
    print(name, "* Index:", seq * Index(2))
    print("Count *", name, ":", Count(2) * seq)
    try:
        print(name, "* 2.5:", seq * 2.5)
    except TypeError as e:
        print(name, "* 2.5: TypeError:", e)
