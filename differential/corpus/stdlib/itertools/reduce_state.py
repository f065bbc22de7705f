# The pickling protocol of the itertools types, exercised without pickle: __reduce__ then
# rebuilding from it, as copy/pickle would.
from itertools import *

def rebuild(obj):
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

def check(make, skip=0):
    a = make()
    for _ in range(skip):
        next(a)
    b = rebuild(a)
    print(type(a).__name__, list(islice(a, 12)) == list(islice(b, 12)))

check(lambda: count(3), 2)
check(lambda: count(1, 0.5), 2)
check(lambda: repeat('q', 5), 2)
check(lambda: accumulate(range(10)), 3)
check(lambda: accumulate(range(10), initial=5), 0)
check(lambda: chain('abc', 'de'), 2)
check(lambda: compress(range(10), [1, 0] * 5), 1)
check(lambda: dropwhile(lambda x: x < 3, range(10)), 1)
check(lambda: takewhile(lambda x: x < 8, range(10)), 1)
check(lambda: filterfalse(None, [0, 1, 0, 2]), 1)
check(lambda: islice(range(50), 2, 40, 3), 2)
check(lambda: starmap(pow, [(2, i) for i in range(10)]), 2)
check(lambda: zip_longest('abc', 'de', fillvalue='*'), 1)
check(lambda: product('abc', range(3)), 4)
check(lambda: combinations(range(6), 3), 4)
check(lambda: combinations_with_replacement('abc', 2), 3)
check(lambda: permutations(range(4), 2), 5)
check(lambda: cycle('abc'), 2)
print(product('ab', 'c').__reduce__())
print(combinations('abc', 2).__reduce__())
p = permutations('abc'); next(p); print(p.__reduce__())
z = zip_longest([1], [2]); print(z.__reduce__()[0], z.__reduce__()[2])
print(islice('abc', 1, 2).__reduce__()[1][1:], islice('abc', 1, 2).__reduce__()[2])
g = groupby('aabb'); k, grp = next(g); print(k, g.__reduce__()[2])
print(chain().__reduce__()[0], dropwhile(bool, []).__reduce__()[2])
t = tee('abcdef')[0]; next(t); r = t.__reduce__(); print(r[0].__name__, r[2][1], type(r[2][0]).__name__)
t2 = rebuild(t); print(list(t2), list(t))
c = cycle('ab'); list(islice(c, 3)); print(list(islice(rebuild(c), 5)))
