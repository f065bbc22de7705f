# The mutable builtins' __hash__ is None (CPython's PyObject_HashNotImplemented), which
# dataclasses reads to refuse them as a field's default; hashing one raises TypeError.
import dataclasses

for t in (dict, list, set, bytearray):
    print(t.__name__, t.__hash__)
    try:
        hash(t())
    except TypeError as e:
        print(" ", e)


class D(dict):
    pass


print(D.__hash__)
for default in ({}, [], set()):
    try:
        @dataclasses.dataclass
        class C:
            x: object = default
    except ValueError as e:
        print("ValueError:", e)
