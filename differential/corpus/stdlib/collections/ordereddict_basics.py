# collections.OrderedDict: order, move_to_end, popitem, views, equality, operators, repr.
from collections import OrderedDict
import _collections

print(OrderedDict is _collections.OrderedDict, OrderedDict.__mro__, OrderedDict.__doc__)
od = OrderedDict([('a', 1), ('b', 2)], c=3)
print(od, repr(OrderedDict()), len(od), od['b'], od.get('z', 0), 'a' in od)
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__mro__, type(od.values()).__mro__, type(od.items()).__mro__)
print(type(iter(od)).__name__, type(reversed(od.items())).__name__)
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())),
      list(reversed(od.items())))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(list(od))
od.move_to_end('d', last=False); print(list(od))
od.move_to_end('d', False); od.move_to_end('b'); print(list(od))
for args in [('zz',), ('zz', False)]:
    try:
        od.move_to_end(*args)
    except KeyError as e:
        print('KeyError', e)
try:
    OrderedDict().move_to_end('x')
except KeyError as e:
    print('KeyError', e)

print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

od = OrderedDict(x=1, y=2)
print(od.pop('x'), od.pop('nope', 'dflt'), od.pop('nope', default=7), od)
try:
    od.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(od.setdefault('y', 9), od.setdefault('w', 10), od.setdefault('v'), od)
del od['y']; print(od)
od['y'] = 'again'; print(od)
od['w'] = 'changed'; print(od)
od.clear(); print(od, len(od))

# == sees the order between OrderedDicts only
a = OrderedDict.fromkeys('abc', 1)
b = OrderedDict.fromkeys('cba', 1)
print(a == b, a != b, a == dict(b), dict(b) == a, a != dict(b), a == OrderedDict.fromkeys('abc', 1))
print(a == OrderedDict.fromkeys('ab', 1), a.keys() == b.keys(), a.items() == dict(b).items())
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)

# | and |= keep the OrderedDict type and order
x = OrderedDict({0: 0, 1: 1, 2: 1})
y = OrderedDict({1: 1, 2: 2, 3: 3})
print(x | y, x | dict(y), dict(y) | x, type(dict(x) | y).__name__)
z = x.copy(); z |= [(9, 9), (0, 'zero')]; print(z)
for bad in [None, (), 'BAD']:
    try:
        x | bad
    except TypeError as e:
        print('TypeError', e)
try:
    z |= 'BAD'
except ValueError as e:
    print('ValueError', e)

# update and the constructor: positional mapping or pairs, then keywords
u = OrderedDict([('a', 1), ('b', 2), ('c', 3), ('d', 44), ('e', 55)])
u.update([('e', 5), ('f', 6)], g=7, d=4); print(u)
u.update(OrderedDict(h=8)); u.update(self=1, other=2); print(list(u))
for args in [(1, 2), (42,)]:
    try:
        OrderedDict(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    u.update([], [])
except TypeError as e:
    print('TypeError', e)
for pairs in [[()], [(1,)], [(1, 2, 3)]]:
    try:
        OrderedDict(pairs)
    except ValueError as e:
        print('ValueError', e)

# repr of recursive and nested OrderedDicts
r = OrderedDict.fromkeys('ab'); r['self'] = r; print(r)
print(OrderedDict(inner=OrderedDict(k=[1, 2])), str(OrderedDict(a=1)))
print(OrderedDict[int, str], OrderedDict.fromkeys(range(3), 'v'))

# the dict's own methods see the same items
od = OrderedDict(b=2, a=1)
print(dict.keys(od), dict.__repr__(od), dict.copy(od), type(dict.copy(od)).__name__)
print(sorted(od), dict(od), list(dict(od)), {**od}, [*od])
od.move_to_end('b')
def keywords(**kw):
    return list(kw.items())
print(keywords(**od), list({**od}), list(dict(od)))
