# seq * n for the builtin sequences: the count's __rmul__ goes before the sequence's repeat
# (CPython's sq_repeat comes after both operands' nb_multiply), and the repeat still happens
# when that __rmul__ returns NotImplemented or the count type has none of its own. The same
# for seq *= n: both operands' multiplication (a __mul__ the sequence's class defines in
# Python, then the count's __rmul__) before a mutable sequence's in-place repeat.
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


class MulList(list):
    def __mul__(self, n):
        return "MulList.__mul__"


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


def fresh():
    return ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), MyList([3]), MulList([4]),
            collections.deque([5]), array.array("i", [6])]


for maker in (lambda: Count(2), lambda: Declines(2), lambda: Plain(2), lambda: Index(2),
              lambda: 2, lambda: "x", lambda: 2.5):
    for seq in fresh():
        name = type(seq).__name__
        before = id(seq)
        count = maker()
        try:
            seq *= count
        except TypeError as e:
            print(name, "*=", type(count).__name__, "TypeError:", e)
            continue
        print(name, "*=", type(count).__name__, "->", seq, "same object:", id(seq) == before)
