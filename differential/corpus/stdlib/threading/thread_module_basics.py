import _thread
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
N = 4
count = [0]
def worker(i, n):
    total = 0
    for k in range(n):
        total += k
    with lock:
        results.append((i, total))
        count[0] += 1
        if count[0] == N:
            done.release()
done.acquire()
for i in range(N):
    _thread.start_new_thread(worker, (i, 100000))
done.acquire()
print(sorted(results))
print(_thread._count() >= 0)
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned(), r._recursion_count())
print(r._is_owned())
loc = _thread._local()
loc.x = 1
seen = []
fin = _thread.allocate_lock(); fin.acquire()
def t():
    seen.append(hasattr(loc, "x"))
    loc.x = 2
    seen.append(loc.x)
    fin.release()
_thread.start_new_thread(t, ())
fin.acquire()
print(seen, loc.x)
# contention: increments under lock
c = [0]
fin2 = _thread.allocate_lock(); fin2.acquire()
left = [8]
def inc():
    for _ in range(2000):
        with lock:
            c[0] += 1
    with lock:
        left[0] -= 1
        if left[0] == 0:
            fin2.release()
for _ in range(8):
    _thread.start_new_thread(inc, ())
fin2.acquire()
print(c[0])
d = {}
fin3 = _thread.allocate_lock(); fin3.acquire()
left3 = [4]
def fill(base):
    for k in range(5000):
        d[base + k] = k
    with lock:
        left3[0] -= 1
        if left3[0] == 0: fin3.release()
for b in range(4):
    _thread.start_new_thread(fill, (b * 10000,))
fin3.acquire()
print(len(d))
