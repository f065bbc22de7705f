# ABCMeta over the _abc accelerator: abstract methods, register, isinstance/issubclass caches
import abc
import _abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(sorted(Half.__abstractmethods__))
s = Square(3)
print(s.area(), s.name, isinstance(s, Shape), issubclass(Square, Shape))


class Drawable(abc.ABC):
    pass


class Circle:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(Circle) is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))


class Big(Circle):
    pass


print(issubclass(Big, Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Circle.register
except AttributeError as e:
    print("AttributeError")


class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("", Sized2))
tok = abc.get_cache_token()
Drawable.register(int)
print(abc.get_cache_token() != tok, issubclass(int, Drawable))


class Sub(Drawable):
    pass


try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
reg, cache, neg, version = _abc._get_dump(Drawable)
print(sorted(r().__name__ for r in reg), type(version).__name__)
Drawable._abc_registry_clear()
Drawable._abc_caches_clear()
print(issubclass(Circle, Drawable))
try:
    _abc._abc_subclasscheck(Drawable, 1)
except TypeError as e:
    print("TypeError:", e)


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)
