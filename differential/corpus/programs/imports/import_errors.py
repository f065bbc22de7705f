import sys
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from pkg_basic import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).replace(str(e).split("(")[-1], "...)"), e.name)
try:
    import pkg_basic.nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    import broken
except KeyError as e:
    print("import failed with", repr(e), "broken" in sys.modules)
try:
    import mods.needs_missing
except ImportError as e:
    print(type(e).__name__, e, "mods.needs_missing" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    exec("from .. import x", {"__name__": "top", "__package__": "top"})
except ImportError as e:
    print(type(e).__name__, e)
