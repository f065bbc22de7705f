import operator, _operator
from operator import itemgetter, attrgetter, methodcaller

print(type(operator.add).__name__, operator.add.__module__, type(itemgetter(1)).__module__)
print(operator.add(2, 3), operator.sub(5, 7), operator.mul('ab', 3), operator.matmul.__name__)
print(operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 3), operator.xor(5, 1))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt('a', 'b'), operator.le(2, 2), operator.gt(3, 1), operator.ge(1, 3))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.imul([0], 2), operator.ipow(2, 3))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.iconcat([1], (2,)))
print(operator.contains([1, 2], 2), operator.indexOf('abc', 'c'), operator.countOf([1, 1, 2], 1))
d = {}; operator.setitem(d, 'k', 1); print(operator.getitem(d, 'k')); operator.delitem(d, 'k'); print(d)
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(5, 9))
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('ab', 'ac'), _operator._compare_digest(b'a', bytearray(b'a')))
for bad in [lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: operator.countOf(5, 1),
            lambda: operator.add(1, 'a'), lambda: operator.iadd('a', 1), lambda: operator.neg('x'),
            lambda: _operator._compare_digest('é', 'é'), lambda: _operator._compare_digest(1, b''),
            lambda: operator.index(1.5), lambda: operator.length_hint([], 'x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = itemgetter(1); print(g('abc'), g((4, 5)), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}), g)
print(itemgetter(1, 'x'), g.__reduce__(), itemgetter(1, 2).__reduce__(), itemgetter(slice(1, None))([1, 2, 3]))
class O:
    pass
o = O(); o.a = O(); o.a.b = 5; o.c = 'c'
print(attrgetter('c')(o), attrgetter('a.b', 'c')(o), attrgetter('a.b'), attrgetter('x', 'a.b').__reduce__())
m = methodcaller('split', ',', maxsplit=1); print(m('a,b,c'), m, methodcaller('upper')('x'), methodcaller('upper'))
print(methodcaller('f', 1, 2).__reduce__(), m.__reduce__()[1], type(m.__reduce__()[0]).__name__)
for bad in [lambda: itemgetter(), lambda: g(1, 2), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(1), lambda: attrgetter('zz')(o), lambda: g(5), lambda: itemgetter(a=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(sorted(operator.__all__) == sorted(n for n in operator.__all__), len(operator.__all__))
print(operator.__add__ is operator.add, operator.attrgetter is attrgetter)
print(operator.call(max, 1, 5, key=lambda x: -x), operator.call(int, '7'))
try:
    operator.call()
except TypeError as e:
    print(e)
