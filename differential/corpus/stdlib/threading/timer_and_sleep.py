import threading
import time

events = []
lock = threading.Lock()


def note(what):
    with lock:
        events.append(what)


t = threading.Timer(0.05, note, args=("timer fired",))
t.start()
t.join()
cancelled = threading.Timer(10, note, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(events)


def sleeper(n):
    time.sleep(0.01 * n)
    note(("slept", n))


threads = [threading.Thread(target=sleeper, args=(n,), name=f"s{n}") for n in (3, 1, 2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(e for e in events if isinstance(e, tuple)))
print([th.name for th in threads], [th.is_alive() for th in threads])

ev = threading.Event()
print(ev.wait(0.01), ev.is_set())
ev.set()
print(ev.wait(), ev.is_set())

barrier = threading.Barrier(3)
order = []


def party(i):
    barrier.wait()
    with lock:
        order.append(i)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(order), barrier.broken)

sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.active_count(), threading.current_thread() is threading.main_thread())
