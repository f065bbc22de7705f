# lru_cache hashes the arguments of a call once, whatever the cache does with them (hit, miss,
# eviction).
import functools


class Key:
    hashes = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        Key.hashes += 1
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f'Key({self.name!r})'


for maxsize in (1, 2, None):
    @functools.lru_cache(maxsize=maxsize)
    def f(x, y=0):
        return (x, y)

    a, b = Key('a'), Key('b')
    for args in ((a,), (a,), (b,), (a,), (Key('a'),), (b,)):
        Key.hashes = 0
        f(*args)
        print(maxsize, args, Key.hashes, f.cache_info())
    Key.hashes = 0
    f(a, y=1)
    f(x=a, y=1)
    print(maxsize, 'keywords', Key.hashes, f.cache_info())
