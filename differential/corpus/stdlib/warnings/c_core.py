# The _warnings core: default filters, registries, stacklevel, actions, and its errors.
import _warnings
import sys

print(_warnings.filters[:3])
print(_warnings._defaultaction, type(_warnings._onceregistry).__name__)


def caller():
    _warnings.warn("from caller", UserWarning, 2)


def twice():
    for _ in range(2):
        _warnings.warn("only once per location")


twice()
caller()
caller()
_warnings.warn_explicit("explicit", RuntimeWarning, "some_file.py", 3)
_warnings.warn_explicit("explicit", RuntimeWarning, "some_file.py", 3, registry={})
_warnings.warn(DeprecationWarning("in __main__ shown by default"))
_warnings.warn(UserWarning("an instance"), category=None)

_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error")
except UserWarning as e:
    print("raised:", repr(e))
_warnings.filters[0] = ("ignore", None, Warning, None, 0)
_warnings._filters_mutated()
_warnings.warn("ignored")
_warnings.filters[0] = ("bogus", None, Warning, None, 0)
_warnings._filters_mutated()
try:
    _warnings.warn("bad action")
except RuntimeError as e:
    print("RuntimeError:", e)
_warnings.filters[0] = ("once", None, Warning, None, 0)
_warnings._filters_mutated()
for i in range(3):
    _warnings.warn("once only")
_warnings.filters[0] = (1, None, Warning, None, 0)
try:
    _warnings.warn("non-str action")
except TypeError as e:
    print("TypeError:", e)
_warnings.filters[0] = ("always", None, Warning)
try:
    _warnings.warn("short filter")
except ValueError as e:
    print("ValueError:", e)
del _warnings.filters[0]
for bad in (int, "x", 3):
    try:
        _warnings.warn("bad category", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
try:
    _warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=[])
except TypeError as e:
    print("TypeError:", e)
reg = globals().get("__warningregistry__", {})
print(sorted(str(k) for k in reg if k != "version"))
sys.stderr.flush()
