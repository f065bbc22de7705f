class A:
    __slots__ = ()
try:
    A().x = 1
except AttributeError as e:
    print(e)
class B:
    __slots__ = ("a",)
class C:
    __slots__ = ("b",)
try:
    class D(B, C):
        pass
except TypeError as e:
    print(e)
class E(B):
    __slots__ = ("c", "d")
e = E()
e.a, e.c, e.d = 1, 2, 3
print(e.a, e.c, e.d, [n for n in dir(e) if not n.startswith("_")])
try:
    class F:
        __slots__ = ("x", "x")
    print("duplicate slots allowed?", F.__slots__)
except (TypeError, ValueError) as err:
    print(type(err).__name__, err)
try:
    class G:
        __slots__ = (1,)
except TypeError as err:
    print(err)
try:
    class H(int):
        __slots__ = ("v",)
except TypeError as err:
    print(err)
class Mangled:
    __slots__ = ("__private",)
    def set(self, v):
        self.__private = v
        return self.__private
print(Mangled().set(7), "_Mangled__private" in dir(Mangled))
