# operator's getters as sort keys and in map/reduce pipelines over records.
import operator
from functools import reduce
from collections import namedtuple

Row = namedtuple("Row", "name dept salary")
rows = [Row("ann", "eng", 120), Row("bob", "ops", 90), Row("cy", "eng", 95), Row("dee", "ops", 90)]
print(sorted(rows, key=operator.attrgetter("dept", "salary")))
print(sorted(rows, key=operator.itemgetter(2, 0), reverse=True)[:2])
print(list(map(operator.itemgetter(0), rows)), operator.attrgetter("name")(rows[0]))
print(reduce(operator.add, map(operator.attrgetter("salary"), rows)), reduce(operator.mul, range(1, 6)))
upper = operator.methodcaller("upper")
print(list(map(upper, ["a", "b"])), operator.methodcaller("split", ",", 1)("a,b,c"))
d = {"k": [1, 2]}
operator.setitem(d, "j", 3)
operator.delitem(d, "k")
print(d, operator.getitem([1, 2, 3], slice(1, None)), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1))
print(operator.indexOf("abc", "c"), operator.concat([1], [2]), operator.length_hint(iter(range(7))))
print([f(7, 3) for f in (operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
                        operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_,
                        operator.or_, operator.xor)])
print(operator.neg(5), operator.pos(-5), operator.inv(5), operator.not_(0), operator.truth([]), operator.is_(None, None))
x = [1]
print(operator.iadd(x, [2]), x, operator.index(5), operator.matmul.__name__)
nested = operator.attrgetter("a.b")
class A: pass
a = A(); a.a = A(); a.a.b = "deep"
print(nested(a), repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("x")))
