from itertools import *

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r if not hasattr(r, '__next__') else list(islice(r, 5)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(count, 'a')
attempt(count, 1, 'b')
attempt(islice, [1], -1)
attempt(islice, [1], 1, -2)
attempt(islice, [1], 'x')
attempt(islice, [1], 0, 2, 0)
attempt(islice, [1])
attempt(islice, [1], 1, 2, 3, 4)
attempt(islice, [1], stop=3)
attempt(combinations, 'abc', -1)
attempt(combinations, 'abc', 'x')
attempt(permutations, 'abc', 1.5)
attempt(permutations, 'abc', -1)
attempt(combinations_with_replacement, 'abc', -1)
attempt(product, 'ab', repeat=-1)
attempt(product, 'ab', foo=1)
attempt(tee, [1], -1)
attempt(zip_longest, [1], bar=2)
attempt(chain, 1, 2)
attempt(repeat)
attempt(chain, x=1)
attempt(cycle, 5)
attempt(groupby, None)
attempt(starmap, pow, [1])
attempt(accumulate, [1, 'a'])
g = (x for x in range(3))
def reenter():
    a, b = tee(x for x in [1])
    return a
class MyCount(count):
    def __next__(self):
        return 42
m = MyCount()
print(next(m), [x for x, _ in zip(m, range(3))])
class MyChain(chain):
    pass
print(list(MyChain('ab', 'c')), MyChain.from_iterable(['a']).__class__.__name__)
print(type(tee([])[0]).__name__)
