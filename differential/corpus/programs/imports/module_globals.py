# A module's globals: the imported module's namespace, its __dict__, and writing to it.
import pkg_basic.core as core
print(core.FACTOR, core.scale(2))
core.FACTOR = 10
print(core.scale(2))
print(sorted(k for k in vars(core) if not k.startswith("__")))
print(core.__dict__ is vars(core), core.scale.__globals__ is vars(core))
setattr(core, "added", "dynamically")
print(core.added, hasattr(core, "added"))
del core.added
print(hasattr(core, "added"))
try:
    core.nothing
except AttributeError as e:
    print(e)
print(type(core).__name__, repr(core).startswith("<module 'pkg_basic.core' from "))
