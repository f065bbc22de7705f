# time.clock_settime(_ns) and time.pthread_getcpuclockid: setting a clock the kernel will not
# set fails with its errno, arguments are checked as CPython does, and a thread's CPU clock
# (found from threading.get_ident()) reads like any clock.
import threading
import time

for call, arg in ((time.clock_settime, 0), (time.clock_settime_ns, 0),
                  (time.clock_settime, 1.5), (time.clock_settime_ns, 1.5),
                  (time.clock_settime_ns, "x"), (time.clock_settime, "x"),
                  (time.clock_settime, float("nan")), (time.clock_settime_ns, 1 << 70)):
    try:
        call(time.CLOCK_MONOTONIC, arg)
    except Exception as e:
        print(call.__name__, type(e).__name__, e)

clock = time.pthread_getcpuclockid(threading.get_ident())
print(type(clock) is int, clock != time.CLOCK_THREAD_CPUTIME_ID)
t1 = time.clock_gettime(clock)
t2 = time.clock_gettime(clock)
print(0 <= t1 <= t2)
done = threading.Event()
t = threading.Thread(target=done.wait)
t.start()
other = time.pthread_getcpuclockid(t.ident)
print(other != clock, time.clock_gettime_ns(other) >= 0)
done.set()
t.join()
