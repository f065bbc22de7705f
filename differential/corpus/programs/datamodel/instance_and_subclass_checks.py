# __instancecheck__, __subclasscheck__, isinstance/issubclass errors
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)), issubclass(int, (str, Duck)))
class Liar:
    @property
    def __class__(self):
        return int
print(isinstance(Liar(), int), type(Liar()).__name__, Liar().__class__)
for args in [(1, 1), (1, "int"), (1, (int, "x"))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (bool, (str, int))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, object), isinstance(int, type), isinstance(type, type))
print(isinstance(object, type), issubclass(type, object), isinstance(None, type(None)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(A, A))
print(A.__instancecheck__(B()), type.__subclasscheck__(A, B), B.__subclasscheck__(A))
