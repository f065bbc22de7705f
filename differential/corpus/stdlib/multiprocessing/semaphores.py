# multiprocessing's locks and semaphores in one process: each is a POSIX named semaphore
# (_multiprocessing.SemLock) that child processes would open by name.
import multiprocessing as mp
import _multiprocessing

ctx = mp.get_context("spawn")

lock = ctx.Lock()
print("lock", lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print("released", lock.acquire(block=False))
lock.release()
try:
    lock.release()
except ValueError as e:
    print("ValueError:", e)

rlock = ctx.RLock()
with rlock:
    with rlock:
        print("nested", rlock._semlock._count(), rlock._semlock._is_mine())
print("after", rlock._semlock._count(), rlock._semlock._is_mine())
try:
    rlock.release()
except AssertionError as e:
    print("AssertionError:", e)

sem = ctx.BoundedSemaphore(3)
taken = [sem.acquire(timeout=0) for _ in range(4)]
print("bounded", taken, sem.get_value())
for _ in range(3):
    sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

plain = ctx.Semaphore(0)
print("empty", plain.acquire(False), plain.get_value())
plain.release()
plain.release()
print("two", plain.get_value(), plain.acquire(), plain.get_value())

event = ctx.Event()
print("event", event.is_set(), event.wait(0.01))
event.set()
print("event", event.is_set(), event.wait(0.01))
event.clear()
print("event", event.is_set())

cond = ctx.Condition(ctx.Lock())
with cond:
    print("notified", cond.wait(timeout=0.01))
    cond.notify_all()

print(_multiprocessing.flags, _multiprocessing.SemLock.SEM_VALUE_MAX)
print(repr(lock)[:len("<Lock(owner=")], repr(sem).startswith("<BoundedSemaphore(value=3"))

# The raw type, and the errors it reports.
name = "/krait-corpus-%d" % id(lock)
raw = _multiprocessing.SemLock(1, 2, 2, name, False)
print(raw.kind, raw.maxvalue, raw.name == name, raw._get_value(), raw._is_zero())
again = _multiprocessing.SemLock._rebuild(raw.handle, raw.kind, raw.maxvalue, raw.name)
print(again.acquire(), again.acquire(), raw._is_zero(), raw.acquire(False))
again.release()
raw.release()
try:
    _multiprocessing.SemLock(1, 1, 1, name, False)
except FileExistsError as e:
    print("FileExistsError:", e.errno)
_multiprocessing.sem_unlink(name)
try:
    _multiprocessing.sem_unlink(name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
for args in [(7, 1, 1, "/x", True), (1, 1, 1, 5, True), (1, 1, 1, "a\0b", True)]:
    try:
        _multiprocessing.SemLock(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
