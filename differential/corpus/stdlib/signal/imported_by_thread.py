# The main thread runs signal handlers and alone may set them, even when another thread was the
# first to import signal (CPython: the thread that started Python, not the importer).
import threading
import time

seen = []


def first_importer():
    import signal
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        seen.append(("worker", str(e)))


worker = threading.Thread(target=first_importer, name="importer")
worker.start()
worker.join()
print(seen)

import signal


def handler(signum, frame):
    seen.append((signal.Signals(signum).name, threading.current_thread().name))


signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
deadline = time.monotonic() + 10
while len(seen) < 3 and time.monotonic() < deadline:
    time.sleep(0.01)
print(seen[1:])
print(signal.getsignal(signal.SIGUSR1) is handler)
