# A set or dict built from an exact dict or set takes the hashes that one keeps: the keys'
# __hash__ is not called again (what CPython's known-hash paths guarantee).


class Counted(int):
    calls = 0

    def __hash__(self):
        Counted.calls += 1
        return int.__hash__(self)


def step(name):
    print(f'{name:28} {Counted.calls}')
    Counted.calls = 0


d = dict.fromkeys(map(Counted, range(10)))
step('dict.fromkeys(iterator)')
for kind in (set, frozenset):
    s = kind(d)
    step(f'{kind.__name__}(dict)')
    s.difference(d)
    step('difference(dict)')
    if kind is set:
        s.symmetric_difference_update(d)
        step('symmetric_difference_update')
        print(sorted(s))
        s.symmetric_difference_update(d)
        s.update(d)
        step('update(dict)')
        s |= set(d)
        step('|= set(dict)')
    dict.fromkeys(kind(d))
    step(f'dict.fromkeys({kind.__name__})')
    dict.fromkeys(d, 123)
    step('dict.fromkeys(dict, 123)')
    s.intersection(d)
    step('intersection(dict)')
    s.issubset(d)
    step('issubset(dict)')
    print(kind.__name__, sorted(s), s == set(d), dict.fromkeys(s, 1) == dict.fromkeys(d, 1))
    Counted.calls = 0


class Sub(dict):
    pass


# a dict subclass is iterated, its keys hashed again, as in CPython
set(Sub(d))
step('set(dict subclass)')
print(sorted(dict.fromkeys(frozenset(d), 'x').items())[:3])
