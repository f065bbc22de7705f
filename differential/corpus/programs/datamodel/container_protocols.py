# __contains__/__iter__/__getitem__ fallbacks, __index__, __reversed__
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
g = GetItemOnly()
print(list(g), 20 in g, 25 in g, [x for x in g], list(reversed([1, 2])))
it = iter(g)
print(type(it).__name__, next(it), next(it))
class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in IterOnly(), 5 in IterOnly(), list(IterOnly()), sum(IterOnly()))
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == "k"
    def __iter__(self):
        raise AssertionError("not used")
print("k" in Contains(), "z" not in Contains())
class ContainsTruthy:
    def __contains__(self, x):
        return [1]
print(1 in ContainsTruthy())
class Nothing:
    pass
for expr in ("1 in Nothing()", "iter(Nothing())", "Nothing()[0]", "list(Nothing())",
             "next(Nothing())", "len(Nothing())"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print(operator_like := (Idx(2).__index__() + 1))
class BadIdx:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
