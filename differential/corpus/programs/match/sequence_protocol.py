# How sequence and mapping patterns read their subject: the length first; [*_]-style patterns
# by index (never iterating, so an endless __getitem__ is fine); others by iteration; {} asks
# nothing but the type. Which classes count as sequences or mappings follows CPython's type
# flags: builtins, collections.abc subclasses (first flagged class along the MRO), and
# classes registered with the ABCs, later subclasses included.
import collections
import collections.abc
import sys


class Endless(collections.abc.Sequence):
    def __getitem__(self, i):
        print("getitem", i)
        return i

    def __len__(self):
        print("len")
        return 42


match Endless():
    case [x, *_, y]:
        print("by index", x, y)

match Endless():
    case [*_]:
        print("only wildcards")

match Endless():
    case [_, _, *_]:
        print("only wildcards, length checked")


class NoGetitem(collections.abc.Sequence):
    __getitem__ = None

    def __len__(self):
        return 0


match NoGetitem():
    case []:
        print("empty by length")


class Iterated(collections.abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        print("iter")
        return iter(self.items)


match Iterated([1, 2, 3]):
    case [a, *rest]:
        print("unpacked", a, rest)

match Iterated([1, 2]):
    case [a, b]:
        print("unpacked", a, b)


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "neither"


class C:
    pass


class M1(collections.UserDict, collections.abc.Sequence):
    pass


class M3(collections.UserDict, C, list):
    pass


class S4(collections.UserList, dict, C):
    pass


print(kind(M1()), kind(M3()), kind(S4()), kind("abc"), kind(b"ab"), kind(bytearray()))
print(kind(range(3)), kind(memoryview(b"")), kind(collections.deque()),
      kind(collections.OrderedDict()), kind(type.__dict__))


class Parent:
    pass


class ChildPre(Parent):
    pass


collections.abc.Mapping.register(Parent)


class ChildPost(Parent):
    pass


print(kind(Parent()), kind(ChildPre()), kind(ChildPost()))
print(M1.__flags__ & (1 << 5 | 1 << 6), Parent.__flags__ & (1 << 5 | 1 << 6))


def traced(command):
    match command:
        case 1:
            return "one"
        case [_, _]:
            return "pair"
        case _:
            return "other"


lines = []


def tracer(frame, event, arg):
    if event == "line" and frame.f_code is traced.__code__:
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
traced(1)
traced((1, 2))
traced("x")
sys.settrace(None)
print(lines)
