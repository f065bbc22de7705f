# A Python signal handler runs at the main thread's next safe point, even in a busy loop that
# calls nothing that waits (CPython's eval breaker): its exception comes out of the loop.
import signal

hits = []


def handler(signum, frame):
    hits.append(signum)
    raise ZeroDivisionError("from the handler")


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    n = 0
    while True:
        n += 1
except ZeroDivisionError as e:
    print("caught:", e, hits == [signal.SIGALRM])

# ITIMER_VIRTUAL counts CPU time: its SIGVTALRM arrives while the loop computes
signal.signal(signal.SIGVTALRM, lambda signum, frame: hits.append(signum))
signal.setitimer(signal.ITIMER_VIRTUAL, 0.05)
while len(hits) < 2:
    pow(12345, 678, 10007)
print(hits[1] == signal.SIGVTALRM, signal.getitimer(signal.ITIMER_VIRTUAL))
