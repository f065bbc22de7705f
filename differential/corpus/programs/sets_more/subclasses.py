class S(set):
    pass
class F(frozenset):
    pass
class T(set):
    def __init__(self, *args, tag="t"):
        set.__init__(self, *args)
        self.tag = tag
s = S([3, 1, 2])
print(s, S(), F([1]), F(), repr(T([5], tag="x")), T([5], tag="x").tag)
print(type(s | {9}).__name__, type(s.copy()).__name__, type(F([1]) | {2}).__name__)
print(type(s.union()).__name__, type(F([1]).copy()).__name__, F([1]).copy() == {1})
print(s == {1, 2, 3}, {1, 2, 3} == s, hash(F([1, 2])) == hash(frozenset({1, 2})))
try:
    S(1, 2)
except TypeError as e:
    print(repr(e))
try:
    S(x=1)
except TypeError as e:
    print(repr(e))
try:
    F(1, 2)
except TypeError as e:
    print(repr(e))
class G(frozenset):
    def __eq__(self, other):
        return True
try:
    hash(G())
except TypeError as e:
    print(repr(e))
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return "K" + repr(self.n)
print({Key(1), Key(4), Key(7), Key(1), Key(2)})
class Bad:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {Bad()}
except ValueError as e:
    print(repr(e))
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ArithmeticError("no eq")
try:
    print({BadEq(), BadEq()})
except ArithmeticError as e:
    print(repr(e))
class Rec:
    def __repr__(self):
        return "R" + repr(holder)
holder = S([Rec()])
print(holder)
holder2 = {Rec()}
holder = holder2
print(holder2)
