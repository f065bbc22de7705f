# collections.abc.Callable looks for __call__ in the type's MRO dicts: every callable type
# of the language has one there, bound methods included
import collections.abc
import functools
import operator


class A:
    def m(self):
        return "m"

    @staticmethod
    def s():
        return "s"

    @classmethod
    def c(cls):
        return "c"


objs = {
    "bound method": A().m,
    "classmethod bound": A.c,
    "staticmethod function": A.s,
    "builtin function": len,
    "builtin method": [].append,
    "method descriptor": list.append,
    "wrapper descriptor": object.__init__,
    "method-wrapper": A().__init__,
    "partial": functools.partial(len),
    "itemgetter": operator.itemgetter(1),
    "lambda": lambda: 0,
    "class": A,
    "instance": A(),
    "int": 3,
}
for name, o in objs.items():
    t = type(o)
    print(f"{name:22} {t.__name__:28} callable={callable(o)!s:5} "
          f"abc={isinstance(o, collections.abc.Callable)!s:5} "
          f"dict_has_call={any('__call__' in vars(b) for b in t.__mro__)}")
print(type(A().m).__call__(A().m))
print(A().m.__call__())
