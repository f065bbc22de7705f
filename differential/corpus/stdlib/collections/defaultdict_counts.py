from _collections import defaultdict, _count_elements, _tuplegetter

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['zz'], len(d), d.default_factory)
n = defaultdict(int); n['x'] += 2; print(n, repr(defaultdict()), dict(n))
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
e = defaultdict(None, {'a': 1}, b=2); print(e, e.copy(), type(e.copy()).__name__)
print(n | {'y': 1}, {'y': 1} | n, type(n | {}).__name__, type({} | n).__name__)
print(n.__reduce__()[:4], list(n.__reduce__()[4]))
r = defaultdict(list); r.default_factory = r.copy; print(repr(r)[:28])
print(isinstance(d, dict), defaultdict.__module__, defaultdict.__mro__)
c = {}
_count_elements(c, 'abracadabra'); print(sorted(c.items()))
class M(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
m = M(); _count_elements(m, 'aab'); print(m)
class P(tuple):
    x = _tuplegetter(0, 'first')
    y = _tuplegetter(1, 'second')
p = P((3, 4)); print(p.x, p.y, P.x.__doc__, type(P.x).__name__)
try:
    p.x = 1
except AttributeError as e:
    print(e)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
print(P.x.__reduce__())
dd = defaultdict(lambda: 'dflt'); print(dd[1], dd.get(2), 2 in dd, dd.__missing__(3), sorted(dd))
