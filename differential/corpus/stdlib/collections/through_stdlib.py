import collections, functools, operator, heapq, bisect, itertools, copy, math
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
print(Counter('abracadabra').most_common(3), deque('abc', maxlen=2), defaultdict(int))
P = namedtuple('P', 'x y'); p = P(1, 2); print(p, p.x, p._replace(y=5), P._fields, type(P.x).__name__)
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info(), functools.partial(max, 1), list[int], deque[int])
print(functools.reduce(operator.add, range(10)), operator.itemgetter(1)([1, 2]))
print(heapq.nlargest(3, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8]), list(heapq.merge([1, 4], [2, 3])))
print(bisect.bisect([1, 2, 3], 2), math.sqrt(2))
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
@functools.singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
print(f(1), f('a'), functools.cached_property)
class Seq(list):
    __slots__ = ('tag', 'extra')
s = Seq([1, 2]); s.tag = 'T'; print(s, s.tag, Seq.tag.__name__)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    print(Seq().extra)
except AttributeError as e:
    print('AttributeError', e)
c = collections.Counter(a=3, b=1); c.update('aab'); print(sorted(c.items()), c.total(), +c, c - collections.Counter(a=10))
ch = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(ch['a'], ch['b'], len(ch), dict(ch))
dq = deque(range(5)); dq.rotate(2); print(dq, collections.UserList([1, 2]) + [3])
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.batched) if hasattr(itertools, 'batched') else None)
print(functools.reduce(lambda a, b: a * b, range(1, 10)), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
part = functools.partial(int, base=2); print(part('101'), part)
class Cls:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
    @functools.lru_cache(maxsize=2)
    def sq(self, x): return x * x
o = Cls(); print(o.val, o.val, o.sq(3), o.sq(3), Cls.sq.cache_info())
print(functools.wraps(max)(lambda *a: 0).__name__, operator.attrgetter('real')(3), operator.methodcaller('count', 1)([1, 1, 2]))
print(heapq.heapify(h := [9, 4, 7, 1]) or h, [heapq.heappop(h) for _ in range(4)])
