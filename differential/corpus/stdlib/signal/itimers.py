# signal.setitimer/getitimer: the previous timer comes back as (value, interval) floats, values
# are rounded up to the microsecond, and bad arguments raise CPython's errors.
import signal

print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_VIRTUAL, 10.0000001, 0.5))
print(signal.getitimer(signal.ITIMER_VIRTUAL)[1])
print(signal.setitimer(signal.ITIMER_VIRTUAL, 0)[1])
print(signal.setitimer(signal.ITIMER_PROF, 3, 2)[0], signal.setitimer(signal.ITIMER_PROF, 0))
for which, seconds in ((signal.ITIMER_REAL, float("nan")), (signal.ITIMER_REAL, "x"),
                       (signal.ITIMER_REAL, 1e300), (signal.ITIMER_REAL, -1), (99, 1),
                       (1 << 40, 1)):
    try:
        print(signal.setitimer(which, seconds))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError))
print(signal.ItimerError, [c.__name__ for c in signal.ItimerError.__mro__])
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
