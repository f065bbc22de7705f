import threading, queue
print("imported")
out = []
lock = threading.Lock()
def work(n):
    s = sum(range(n))
    with lock:
        out.append(s)
ts = [threading.Thread(target=work, args=(10000 * (i + 1),)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
ev = threading.Event()
res = []
def waiter():
    ev.wait()
    res.append("woke")
t = threading.Thread(target=waiter, name="W"); t.start()
ev.set(); t.join()
print(res, t.name, t.is_alive())
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        res.append(items.pop())
c = threading.Thread(target=consumer); c.start()
with cond:
    items.append(42); cond.notify()
c.join(); print(res)
q = queue.Queue()
def producer():
    for i in range(5): q.put(i)
    q.put(None)
got = []
def cons():
    while (x := q.get()) is not None: got.append(x)
p1 = threading.Thread(target=producer); p2 = threading.Thread(target=cons)
p1.start(); p2.start(); p1.join(); p2.join(); print(got)
sem = threading.Semaphore(2)
with sem: print("sem ok")
rl = threading.RLock()
with rl:
    with rl: print("rlock ok")
def bad(): raise ValueError("boom")
tb = threading.Thread(target=bad, name="Bad"); tb.start(); tb.join()
loc = threading.local(); loc.v = 1
def lv(): res.append(getattr(loc, "v", None))
t = threading.Thread(target=lv); t.start(); t.join(); print(res[-1])
print(threading.active_count())
d = threading.Thread(target=lambda: None, daemon=True); d.start(); d.join(); print(d.daemon)
