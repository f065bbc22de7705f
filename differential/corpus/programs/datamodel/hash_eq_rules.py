# __hash__ / __eq__ rules and unhashable errors
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(hash(Both(3)) == hash(3), len({Both(1): 0, Both(1): 0, Both(2): 0}))
class Inherits(Both):
    pass
print(hash(Inherits(5)) == hash(5))
class OverridesEq(Both):
    def __eq__(self, other):
        return True
print(OverridesEq.__hash__)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != p, Plain() == Plain())
for v in ({}, {1: 2}):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class L(dict):
    pass
try:
    hash(L())
except TypeError as e:
    print(type(e).__name__, e)
class HL(dict):
    def __hash__(self):
        return 7
print(hash(HL()), {HL(): 1}[HL()] if False else "skip")
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != NeOnly(), NeOnly.__hash__ is object.__hash__)
