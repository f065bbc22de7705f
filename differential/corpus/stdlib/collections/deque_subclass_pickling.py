# A deque subclass pickles its slots and its __dict__ (as object.__reduce_ex__ does),
# its items come through the subclass's own __iter__, and deques, structs, contexts,
# tee iterators and generic aliases can be weakly referenced, as in CPython.
import collections
import contextvars
import itertools
import pickle
import re
import struct
import weakref


class Slotted(collections.deque):
    __slots__ = ('x', 'y', '__dict__')


class BadIter(collections.deque):
    def __iter__(self):
        raise TypeError("no iterating")


d = Slotted('abc', 5)
d.x = ['x']
d.extra = 'e'
cls, args, state, items = d.__reduce_ex__(2)
print(cls.__name__, args, state, list(items))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(d, proto))
    print(proto, type(e).__name__, list(e), e.maxlen, e.x, e.extra, hasattr(e, 'y'))

r = Slotted([1, 2])
r.append(r)
r.x = r
e = pickle.loads(pickle.dumps(r, 2))
print(e[2] is e, e.x is e, len(e))

try:
    pickle.dumps(BadIter('abc'), 2)
except TypeError as exc:
    print("TypeError:", exc)

plain = collections.deque([1, 2, 3])
print(plain.__reduce__()[2], collections.deque([1], 4).__reduce__()[1])

for obj in (collections.deque(), struct.Struct('i'), contextvars.Context(),
            itertools.tee([1, 2])[0], list[int], re.compile('a+')):
    ref = weakref.ref(obj)
    print(type(obj).__name__, ref() is obj)

p = weakref.proxy(plain)
print(str(p) == str(plain), len(p))
