# stacklevel, lineno and a filter's line number are C integers in _warnings: too large a value
# raises CPython's OverflowError instead of wrapping around.
import _warnings
import sys
import warnings

warnings.simplefilter("always")
sys.stderr = sys.stdout


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for level in (2**63, -2**63 - 1, 2**64):
    attempt("stacklevel=%d" % level, lambda: _warnings.warn("w", UserWarning, level))
for lineno in (7, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64):
    attempt("lineno=%d" % lineno,
            lambda: _warnings.warn_explicit("w", UserWarning, "f.py", lineno))
for ln in (2**64, 2**63, 1.5, 0):
    with warnings.catch_warnings():
        warnings.filters.insert(0, ("error", None, UserWarning, None, ln))
        attempt("filter lineno=%r" % (ln,), lambda: _warnings.warn("w", UserWarning))
