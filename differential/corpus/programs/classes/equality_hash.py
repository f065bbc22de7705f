class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}), H(3) in {H(3)})
class Plain:
    pass
a = Plain()
print(a == a, a != a, a == Plain(), hash(a) == hash(a))
class OnlyNe:
    def __ne__(self, other):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1)
class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() == 1, 1 == EqAll(), EqAll() != 1, [1, 2].count(EqAll()), EqAll() in [5])
class EqNot:
    def __eq__(self, other):
        return "truthy"
print(EqNot() == 0, EqNot() != 0, [EqNot()] == [EqNot()])
