# A subclass of a builtin iterator keeps its constructor's "takes no keyword arguments", unless
# it defines an __init__ of its own, which then receives the keywords; and pairwise called again
# from inside its own iterator pairs what each call fetched.
import operator
from itertools import (chain, compress, cycle, dropwhile, filterfalse, islice, pairwise,
                       starmap, takewhile)


def is_even(x):
    return x % 2 == 0


cases = [
    (filter, (None, [0, 1])),
    (map, (str, [1, 2])),
    (reversed, ([1, 2],)),
    (filterfalse, (None, [0, 1])),
    (chain, ([1, 2], [3, 4])),
    (starmap, (operator.pow, ((2, 3), (3, 2)))),
    (islice, ([1, 2, 3, 4], 1, 3)),
    (takewhile, (is_even, [2, 3, 4])),
    (dropwhile, (is_even, [2, 3, 4])),
    (cycle, ([1, 2],)),
    (compress, ('ABC', [1, 0, 1])),
    (tuple, ([1, 2],)),
    (float, ('1.5',)),
]
for cls, args in cases:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    for sub in (Plain, WithInit):
        try:
            u = sub(*args, newarg=3)
            print(cls.__name__, sub.__name__, type(u).__name__, getattr(u, 'newarg', '-'),
                  list(islice(u, 3)) if hasattr(u, '__next__') else u)
        except TypeError as e:
            print(cls.__name__, sub.__name__, 'TypeError:', e)

for f, args in [(cycle, ()), (starmap, (len,)), (takewhile, ()), (filterfalse, (1, 2, 3))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError:', e)


def reentrant(reenter_at, n):
    class Items:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]

    it = pairwise(Items())
    print(sorted(reenter_at), [next(it) for _ in range(n)])


for at in ({1}, {2}, {3}, {1, 2}, {1, 3}, {1, 4}, {2, 3}):
    reentrant(at, 2)
