# acquire(timeout=...) accepts every timeout up to TIMEOUT_MAX and refuses larger ones, NaN,
# negative ones and non-numbers, each with CPython's exception and message.
import _thread
import threading

print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
for make in (_thread.allocate_lock, _thread.RLock, threading.Lock, threading.RLock):
    print(make.__name__)
    for blocking, timeout in ((True, _thread.TIMEOUT_MAX), (True, 5), (True, 0.5), (True, 0),
                              (True, -1), (True, -1.0), (False, -1), (False, 0),
                              (True, 1e100), (True, _thread.TIMEOUT_MAX + 1),
                              (True, 2 ** 63), (True, 10 ** 10), (True, -2), (True, -0.5),
                              (True, float("nan")), (True, "1"), (True, None)):
        lock = make()
        try:
            got = lock.acquire(blocking, timeout)
            print("  ", blocking, timeout, got)
            lock.release()
        except Exception as e:
            print("  ", blocking, timeout, type(e).__name__, e)
