# An iterator's __reduce__ looks up builtins.iter (or reversed) first and reads its own state
# after, since the lookup can run code that exhausts it: here a key in builtins whose __eq__
# drains the iterator (bpo-101765; CPython: Objects/iterobject.c, listobject.c, dictobject.c).
import builtins

namespace = builtins.__dict__
original = {"iter": iter, "reversed": reversed}


class Draining:
    def __init__(self, name, iterator):
        self.name = name
        self.iterator = iterator

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        list(self.iterator)
        return other == self.name


def reduce_while_draining(name, it):
    del namespace[name]
    namespace[Draining(name, it)] = original[name]
    try:
        return it.__reduce__()
    finally:
        del namespace[name]
        namespace[name] = original[name]


class EmptyIter:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise StopIteration


cases = [
    ("iter", lambda: iter(EmptyIter())),
    ("iter", lambda: iter(bytes(8))),
    ("iter", lambda: iter(bytearray(8))),
    ("iter", lambda: iter((1, 2, 3))),
    ("iter", lambda: iter(lambda: 0, 0)),
    ("iter", lambda: iter(tuple[int])),
    ("iter", lambda: iter("xyz")),
    ("iter", lambda: iter([1, 2, 3])),
    ("reversed", lambda: reversed(list(range(8)))),
    ("iter", lambda: iter({1: 2, 3: 4})),
    ("iter", lambda: iter({1: 2}.values())),
    ("iter", lambda: iter({1: 2}.items())),
    ("iter", lambda: iter({5, 6})),
    ("iter", lambda: iter(frozenset({7}))),
]
for name, make in cases:
    try:
        fn, args = reduce_while_draining(name, make())[:2]
        print(fn is original["iter"], fn.__name__, args)
    except Exception as e:
        print(type(e).__name__, e)
print(iter in namespace.values(), namespace["iter"] is iter)
