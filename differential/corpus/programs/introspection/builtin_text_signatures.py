# __text_signature__ and inspect.signature of builtin functions, methods, slot wrappers and
# classes: CPython has a signature only where Argument Clinic (or a slot) declares one
import builtins
import collections
import functools
import inspect
import io
import itertools
import math
import operator
import unicodedata
import zlib


def show(label, obj):
    text = getattr(obj, "__text_signature__", "<no attribute>")
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        sig = type(e).__name__
    print(label, repr(text), sig)


for name in sorted(vars(builtins)):
    obj = getattr(builtins, name)
    if type(obj).__name__ == "builtin_function_or_method":
        show(name, obj)

for cls in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, set,
            frozenset, range, enumerate, reversed, zip, map, filter, memoryview, property,
            staticmethod, classmethod, super, type]:
    show(cls.__name__, cls)
    for attr in dir(cls):
        descr = getattr(cls, attr, None)
        if type(descr).__name__ in ("method_descriptor", "classmethod_descriptor",
                                    "wrapper_descriptor", "builtin_function_or_method"):
            show(cls.__name__ + "." + attr, descr)

# bound methods and method-wrappers show the same text; inspect drops the bound self
show("[].append", [].append)
show("(1).__add__", (1).__add__)
show("dict.fromkeys", dict.fromkeys)
show("str.maketrans", str.maketrans)
show("int.__new__", int.__new__)
show("dict", dict)
show("slice", slice)
for name in ["get", "pop", "popitem", "setdefault", "update", "keys", "copy", "__getitem__",
             "__contains__", "__len__", "__iter__", "__init__", "__new__", "__class_getitem__"]:
    show("dict." + name, getattr(dict, name))
show("slice.indices", slice.indices)

for module in [math, operator, itertools, functools, collections, io, zlib, unicodedata]:
    for name in sorted(vars(module)):
        if name.startswith("__"):
            continue
        obj = getattr(module, name)
        kind = type(obj).__name__
        if kind == "builtin_function_or_method":
            show(module.__name__ + "." + name, obj)

print(open is io.open, open.__self__ is io.open.__self__)


# a class written in Python takes the signature at the head of its docstring
class WithSignature:
    "WithSignature(a, b=1, /)\n--\n\nA class whose docstring starts with its signature."


class WithoutSignature:
    "WithoutSignature(a) takes one argument."


class Plain:
    pass


class ListChild(list):
    pass


for cls in [WithSignature, WithoutSignature, Plain, ListChild]:
    show(cls.__name__, cls)
print(repr(WithSignature.__doc__))
print(repr(len.__doc__), repr(int.__new__.__doc__), repr(list.__init__.__doc__))
