# Every function that takes a time in seconds converts it as CPython's Python/pytime.c does: a
# float or anything with __index__ (never a Decimal or a Fraction), NaN refused, rounding
# chosen per function, and OverflowError worded by whether the value was an int or a float.
import datetime
import decimal
import faulthandler
import fractions
import os
import queue
import select
import signal
import socket
import tempfile
import threading
import time


class Seconds:
    def __index__(self):
        return 0

    def __repr__(self):
        return "Seconds()"


def attempt(label, f):
    try:
        result = f()
        print(label, "->", "ok" if result is None else repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


odd = [decimal.Decimal("0.25"), fractions.Fraction(1, 4), "1", Seconds(), float("nan"),
       -1, 2**63, 2**64, 1e300, -1e300]
for value in odd:
    name = type(value).__name__ + " " + repr(value)
    attempt("sleep(%s)" % name, lambda: time.sleep(value))
    attempt("select(%s)" % name, lambda: select.select([], [], [], value))
    if value != -1:  # a negative poll timeout waits for ever
        attempt("poll(%s)" % name, lambda: select.poll().poll(value))
    attempt("acquire(%s)" % name, lambda: threading.Lock().acquire(timeout=value))
    attempt("SimpleQueue.get(%s)" % name, lambda: queue.SimpleQueue().get(timeout=value))
    with socket.socket() as s:
        attempt("settimeout(%s)" % name, lambda: s.settimeout(value))
    attempt("ctime(%s)" % name, lambda: len(time.ctime(value)))
    attempt("fromtimestamp(%s)" % name,
            lambda: datetime.datetime.fromtimestamp(value, datetime.timezone.utc))
    attempt("date.fromtimestamp(%s)" % name,
            lambda: datetime.date.fromtimestamp(value).year > 1960)

# a poll of 2**40 ms is more than epoll_wait's C int
attempt("poll(2**40)", lambda: select.poll().poll(2**40))
attempt("setitimer(Decimal)",
        lambda: signal.setitimer(signal.ITIMER_REAL, decimal.Decimal("0.5")))
attempt("dump_traceback_later(Fraction)",
        lambda: faulthandler.dump_traceback_later(fractions.Fraction(1, 2)))
attempt("dump_traceback_later(0)", lambda: faulthandler.dump_traceback_later(0))

# rounding: datetime rounds the microseconds half to even, os.utime floors the nanoseconds
for ts in (0.0000005, 0.0000015, 1.9999999999, -0.0000005, -1.25e-7):
    print("fromtimestamp(%r) ->" % ts,
          datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).isoformat())
with tempfile.NamedTemporaryFile() as f:
    for ts in (1.9999999999, 1000.0000000015, -0.5):
        os.utime(f.name, (ts, ts))
        st = os.stat(f.name)
        print("utime(%r) -> %d" % (ts, st.st_mtime_ns))
    attempt("utime(nan)", lambda: os.utime(f.name, (float("nan"), 0)))
    attempt("utime(Decimal)", lambda: os.utime(f.name, (decimal.Decimal(1), 0)))
