# The descriptors and docs pydoc renders: a struct sequence's fields are member_descriptors
# with a name and an owner; a class's __dict__/__weakref__ getsets and types' own classes
# carry CPython's docstrings
import inspect
import os
import sys
import types

for owner, field in [(type(sys.hash_info), "width"), (type(sys.flags), "debug"),
                     (type(sys.version_info), "major"), (os.stat_result, "st_mode")]:
    d = owner.__dict__[field]
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__ is owner, repr(d),
          inspect.ismemberdescriptor(d), inspect.isdatadescriptor(d))
    try:
        d.__set__(sys.flags if owner is type(sys.flags) else None, 1)
    except (AttributeError, TypeError) as e:
        print("   ", type(e).__name__, e)
print(type(sys.hash_info).width.__get__(sys.hash_info), sys.hash_info.width)


class A:
    pass


print(repr(A.__dict__["__dict__"].__doc__), repr(A.__dict__["__weakref__"].__doc__))
print(repr(types.UnionType.__doc__))
print(repr(types.GenericAlias.__doc__))
print(repr(types.SimpleNamespace.__doc__))
print(repr((int | str).__doc__))
