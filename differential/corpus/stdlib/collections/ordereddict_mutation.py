# OrderedDict under change: iteration errors, dict's own methods, subclass hooks, pickling.
from collections import OrderedDict
import copy
import pickle
import weakref


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def move_while_iterating():
    od = OrderedDict.fromkeys('abcde')
    seen = []
    for k in od:
        seen.append(k)
        od.move_to_end(k)
    return seen


def add_while_iterating():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od['new'] = 1


def delete_while_iterating():
    od = OrderedDict.fromkeys('abc')
    for k in od.items():
        del od['c']


def dict_setitem_while_iterating():
    od = OrderedDict.fromkeys('abc')
    it = iter(od.values())
    next(it)
    dict.__setitem__(od, 'x', 1)
    try:
        next(it)
    except RuntimeError as e:
        print('first', e)
    return next(it)


def set_existing_while_iterating():
    od = OrderedDict.fromkeys('abc', 0)
    for k in od:
        od[k] += 1
    return od


attempt('move', move_while_iterating)
attempt('add', add_while_iterating)
attempt('delete', delete_while_iterating)
attempt('dict setitem', dict_setitem_while_iterating)
attempt('set existing', set_existing_while_iterating)

# dict's own methods change the dict and not the order
od = OrderedDict()
dict.__setitem__(od, 'spam', 1)
print(repr(od), list(od), len(od), od['spam'], 'spam' in od)
od['spam'] = 2
print(repr(od), list(od))
od = OrderedDict(spam=1, ham=2)
dict.__delitem__(od, 'spam')
attempt('repr after dict.__delitem__', lambda: repr(od))
attempt('list after dict.__delitem__', lambda: list(od))
attempt('reversed after dict.__delitem__', lambda: list(reversed(od)))
attempt('values after dict.__delitem__', lambda: list(od.values()))
attempt('copy after dict.__delitem__', lambda: od.copy())
od = OrderedDict(spam=1, ham=2)
dict.clear(od)
print(repr(od), len(od))
od = OrderedDict()
dict.update(od, [('k', 'v')])
dict.setdefault(od, 'd', 0)
print(repr(od), len(od))


# a subclass's __setitem__ is what update(), the constructor and setdefault() call
class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


lg = Logged([(1, 'one')], two=2)
lg.update({3: 'three'}, four=4)
lg |= [(5, 'five')]
lg.setdefault(6, 'six')
print(lg, lg.copy(), type(lg.copy()).__name__)
print(Logged.fromkeys('ab'))


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        while key not in self and len(self) >= self.size:
            self.popitem(last=False)
        super().__setitem__(key, value)
        self.move_to_end(key)


cache = LRU(2)
cache['a'] = 1; cache['b'] = 2; cache['a']; cache['c'] = 3
print(cache, cache.size)

# instance attributes, pickling, copying, weak references
od = OrderedDict(b=[1], a=2)
od.note = 'attr'
print(od.__dict__, od.__reduce__()[:4], list(od.__reduce__()[4]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    dup = pickle.loads(pickle.dumps(od, proto))
    print(proto, dup, dup.note, type(dup).__name__, dup == od)
shallow, deep = copy.copy(od), copy.deepcopy(od)
print(shallow['b'] is od['b'], deep['b'] is od['b'], deep, deep.note)
rec = OrderedDict(); rec[1] = rec
dup = pickle.loads(pickle.dumps(rec))
print(list(dup), dup[1] is dup)
it = iter(od.items()); next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))
ref = weakref.ref(od)
print(ref() is od)
