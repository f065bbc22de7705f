class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
    def __repr__(self):
        return f"H({self.h})"
for v in [0, 1, -1, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -(2 ** 70), True]:
    print(v if abs(v) < 10 ** 10 else "big", hash(H(v)))
items = [H(8), H(0), H(16), H(3), H(1)]
print(set(items))
s = set()
for n in [5, 13, 21, 29, 1, 9]:
    s.add(H(n))
print(s)
class BadHash:
    def __hash__(self):
        return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Sub(int):
    def __hash__(self):
        return 99
print(hash(Sub(5)), {Sub(5): 1}.get(5), {Sub(5)} == {5})
