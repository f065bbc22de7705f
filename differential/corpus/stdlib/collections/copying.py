import copy
from collections import deque, defaultdict, OrderedDict, namedtuple
from functools import partial
import itertools
d = deque([1, [2]], maxlen=5); c = copy.copy(d); dc = copy.deepcopy(d)
print(c, dc, c[1] is d[1], dc[1] is d[1])
dd = defaultdict(list, a=[1]); print(copy.copy(dd), copy.deepcopy(dd))
p = partial(max, 1, key=abs); print(copy.copy(p)(3, -5), copy.deepcopy(p).keywords)
P = namedtuple('P', 'x y'); print(copy.deepcopy(P(1, [2])))
it = itertools.count(5); next(it); print(copy.copy(it))
for obj in (itertools.repeat('q', 3), itertools.islice(range(10), 2, 8, 2), itertools.product('ab', 'cd'),
            itertools.combinations(range(5), 2), itertools.zip_longest('ab', 'c'), itertools.accumulate([1, 2, 3])):
    print(type(obj).__name__, list(copy.copy(obj)), list(obj))
g = itertools.groupby('aabbb')
print([(k, list(v)) for k, v in copy.copy(g)])
class K(dict):
    pass
print(copy.deepcopy(defaultdict(K, x=K(a=1))), copy.copy(deque('abc')).maxlen)
