# _imp's answers for built-in and unknown modules, and importlib imported through its pure-Python
# bootstrap (importlib._bootstrap._setup over Krait's built-in modules).
import _imp
import sys

print(_imp.is_builtin("sys"), _imp.is_builtin("_weakref"), _imp.is_builtin("no_such_module"))
print(_imp.is_frozen("no_such_module"), _imp.find_frozen("no_such_module"))
print(_imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_imp.source_hash(key=42, source=b"print(1)\n").hex())
import importlib
import importlib.machinery
import importlib.util
print(importlib.machinery.SOURCE_SUFFIXES, importlib.util.MAGIC_NUMBER.hex())
print(importlib.util.resolve_name(".b", "pkg.sub"), importlib.util.cache_from_source.__name__)
print(sys.modules["_weakref"].__spec__.name, sys.modules["_weakref"].__spec__.origin)
