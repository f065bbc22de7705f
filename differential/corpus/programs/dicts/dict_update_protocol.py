# dict.update and dict(x): the iteration of subclasses, mutation during update, setdefault once.
import collections

od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(dict(od).items()))


class CustomReversedDict(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))

    __iter__ = keys

    def items(self):
        return reversed(dict.items(self))


print(list(dict(CustomReversedDict([('a', 1), ('b', 2), ('c', 3)])).items()))


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other


h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
