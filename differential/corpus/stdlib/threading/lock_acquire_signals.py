# A blocking lock acquire on the main thread is interrupted by signals: their handlers run
# while it waits, the timeout still holds, and a handler's exception ends the wait.
import signal
import threading
import time

calls = 0


def count(signum, frame):
    global calls
    calls += 1


signal.signal(signal.SIGALRM, count)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
lock = threading.Lock()
lock.acquire()
start = time.monotonic()
got = lock.acquire(timeout=0.5)
elapsed = time.monotonic() - start
signal.setitimer(signal.ITIMER_REAL, 0)
# a signal that came just before the disarm may still be on its way: let it reach `count`
time.sleep(0.2)
print("acquired:", got, "handler ran:", calls > 0, "waited the timeout:", 0.45 < elapsed < 10)


def interrupt(signum, frame):
    raise KeyboardInterrupt("from the handler")


signal.signal(signal.SIGALRM, interrupt)
try:
    # armed inside the try: on a loaded machine the alarm may fire before the acquire starts
    signal.setitimer(signal.ITIMER_REAL, 0.1)
    lock.acquire()
except KeyboardInterrupt as e:
    print("interrupted:", e)
rlock = threading.RLock()
calls = 0
held = threading.Event()


def hold():
    # let go only once a handler ran (the main thread is waiting by then), or after 5 s:
    # deterministic on a loaded machine, and still shows a wait that runs no handler
    rlock.acquire()
    held.set()
    deadline = time.monotonic() + 5
    while calls == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    rlock.release()


holder = threading.Thread(target=hold)
holder.start()
held.wait()
signal.signal(signal.SIGALRM, count)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
print("rlock acquired after the holder let go:", rlock.acquire(timeout=30))
signal.setitimer(signal.ITIMER_REAL, 0)
holder.join()
print("handler ran during the rlock wait:", calls > 0)
