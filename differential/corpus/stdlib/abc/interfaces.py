# abc: abstract base classes as interfaces, registration of virtual subclasses, and
# the collections.abc protocols a class gains by defining a few methods.
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable, Callable, MutableSet


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError", e)
print(Square(3).describe(), Shape.__abstractmethods__)


class Deck(Sequence):
    def __init__(self, cards):
        self.cards = list(cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


d = Deck("AKQJ")
print(list(reversed(d)), d.index("Q"), d.count("A"), "K" in d, isinstance(d, Iterable))


class Tuple2:
    def __len__(self):
        return 2

    def __iter__(self):
        return iter((1, 2))


print(isinstance(Tuple2(), Sized), isinstance(Tuple2(), Iterable), isinstance(Tuple2(), Sequence))
Sequence.register(Tuple2)
print(isinstance(Tuple2(), Sequence), issubclass(Tuple2, Sequence))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), isinstance({}, Mapping))


class Bits(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


bs = Bits([1, 2, 3])
print(list(bs | {4}), list(bs & {2, 3, 9}), list(bs - {1}), bs <= Bits([1, 2, 3, 4]))
bs -= {2}
print(list(bs), bs.isdisjoint({7}))
