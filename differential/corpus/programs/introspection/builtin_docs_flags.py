# docstrings of builtins, type flags and annotations, dict views by kind, mappingproxy
import types
print(len.__doc__, repr(abs.__doc__), sorted.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[0], str.__doc__.splitlines()[1], type.__doc__.splitlines()[0])
print(object.__doc__.splitlines()[0], ValueError.__doc__, KeyError.__doc__, dict.__doc__[:20])
class C:
    """mine"""
    x: int = 1
class D(int): pass
class S:
    __slots__ = ("a",)
class L(list): pass
class M(dict): pass
class E(Exception): pass
for t in [C, D, S, L, M, E]:
    f = t.__flags__
    print(t.__name__, hex(f & ~(1 << 19)), bool(f & (1 << 9)), bool(object.__flags__ & (1 << 9)))
print(C.__doc__, C.__annotations__, S.__annotations__, "__annotations__" in S.__dict__)
for bad in [lambda: int.__annotations__, lambda: setattr(int, "__annotations__", {})]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
C.__annotations__ = {"y": str}
print(C.__annotations__)
d = {"a": 1, "b": 2}
for v in [d.keys(), d.values(), d.items()]:
    print(type(v).__name__, type(iter(v)).__name__, type(reversed(v)).__name__, list(reversed(v)),
          v.mapping == d, hasattr(v, "isdisjoint"))
print(iter(d).__reduce__()[1], type(reversed(d)).__name__, [1] in d.values(), 2 in d.values())
mp = types.MappingProxyType(d)
print(mp, repr(mp), mp == d, mp | {"c": 3}, {"z": 0} | mp, list(reversed(mp)), mp.get("a"))
for bad in [lambda: types.MappingProxyType([1]), lambda: mp.__ior__({}), lambda: {}.get([1]),
            lambda: [1] in {}, lambda: dict({}, {}), lambda: pow(2, 3, 5.0),
            lambda: pow(2, 3, 1j), lambda: pow(2.0, 3, 5), lambda: pow("a", 2, 3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for o in [frozenset(), (), "a", b"a", range(3), 5, object(), {}.keys(), iter([]), C()]:
    try:
        del o[0]
    except TypeError as e:
        print(e)
