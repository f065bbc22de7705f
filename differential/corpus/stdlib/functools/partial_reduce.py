from _functools import partial, reduce, cmp_to_key

def f(*args, **kw):
    return args, sorted(kw.items())

p = partial(f, 1, 2, a=3)
print(p(4, b=5), p(a=9), p.func is f, p.args, p.keywords)
q = partial(p, 6, c=7)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'), repr(partial(int, '10', base=2)))
print(partial(int, base=16)('ff'), partial(max, 3)(1, 2, 9))
class P(partial):
    pass
print(repr(P(int, 2)), P(int, '7')(), type(P(P(int))).__name__)
p.attr = 'x'; print(p.attr, p.__dict__)
print(p.__reduce__()[0].__name__, p.__reduce__()[2][1:3])
r = partial(f); r.__setstate__((min, (4, 5), None, None)); print(r(3), r.keywords)
for bad in [lambda: partial(), lambda: partial(5), lambda: r.__setstate__((1, 2, 3, 4))]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'abc'))
for bad in [lambda: reduce(max, []), lambda: reduce(max, 5), lambda: reduce(max)]:
    try:
        bad()
    except TypeError as e:
        print(e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), k(5).obj, type(k).__name__)
try:
    k(1) < 5
except TypeError as e:
    print(e)
