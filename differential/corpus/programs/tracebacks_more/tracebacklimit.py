# sys.tracebacklimit keeps the innermost frames of a report, in sys.excepthook and in the
# report of the uncaught exception; zero, a negative number or one too small for a C long
# leaves only the exception's line, and None or a huge number keeps everything.
import sys


def inner():
    1 / 0


def middle():
    inner()


def outer():
    middle()


for limit in (10, 2, 1, 0, -1, 1 << 1000, -1 << 1000, None, "3"):
    sys.tracebacklimit = limit
    print("limit", repr(limit)[:12], file=sys.stderr)
    try:
        outer()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())

sys.tracebacklimit = 2
outer()
