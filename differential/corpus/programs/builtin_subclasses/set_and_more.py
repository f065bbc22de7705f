class TaggedSet(set):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag
s = TaggedSet([3, 1, 2], tag="nums")
print(s, s.tag, type(s | {4}).__name__, type(s.copy()).__name__, s == {1, 2, 3})
class ISet(frozenset):
    def __repr__(self):
        return "ISet(" + ",".join(map(str, sorted(self))) + ")"
print(ISet([2, 1]), ISet([1]) | ISet([2]), type(ISet([1]) | ISet([2])).__name__)
class BA(bytearray):
    pass
b = BA(b"xy")
b.append(122)
print(b, type(b).__name__, bytes(b))
class Rng:
    pass
try:
    class R(range):
        pass
except TypeError as e:
    print(e)
class MyObj(object):
    pass
print(MyObj.__bases__, MyObj.__base__)
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 1, not BoolLike(1))
