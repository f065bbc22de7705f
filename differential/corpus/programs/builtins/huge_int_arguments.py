# Builtins that read an int argument into a C int or Py_ssize_t raise CPython's OverflowError
# for one too large, instead of wrapping it around to a small value.
import _imp
import _thread
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (int, str, bytes, list)) else type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for n in (2**31, -2**31 - 1, 2**63, 2**64, -2**64):
    attempt("compile flags=%d" % n, lambda: compile("1", "f", "eval", n))
    attempt("compile optimize=%d" % n, lambda: compile("1", "f", "eval", 0, False, n))
    attempt("compile _feature_version=%d" % n,
            lambda: compile("1", "f", "eval", 1024, _feature_version=n))
    attempt("sys._getframe(%d)" % n, lambda: sys._getframe(n))
    attempt("replace count=%d" % n, lambda: "aaa".replace("a", "b", n))
    attempt("list.insert(%d)" % n, lambda: [1, 2].insert(n, 3))
    attempt("list.pop(%d)" % n, lambda: [1, 2].pop(n))
    attempt("list * %d" % n, lambda: [1, 2] * n)
    if abs(n) > 2**32:
        # (a width of 2**31 is a 2 GB result in CPython)
        attempt("bytes %%*d width %d" % n, lambda: b"%*d" % (n, 1))
    attempt("bytes %%.*d precision %d" % n, lambda: b"%.*d" % (n, 1))
    attempt("source_hash key=%d" % n, lambda: _imp.source_hash(n, b"x"))
    lock = _thread.allocate_lock()
    attempt("lock.acquire(%d)" % n, lambda: lock.acquire(n))

for width in (3, -3, 1.5, True):
    attempt("bytes %%*d width %r" % (width,), lambda: b"%*d|" % (width, 1))
for precision in (3, -3, 1.5):
    attempt("bytes %%.*d precision %r" % (precision,), lambda: b"%.*d|" % (precision, 1))


class Index:
    def __index__(self):
        return 2


attempt("bytes %*d width __index__", lambda: b"%*d|" % (Index(), 1))
attempt("lock.acquire('')", lambda: _thread.allocate_lock().acquire(""))
