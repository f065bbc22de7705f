# queue.SimpleQueue's API, timeouts and errors.
import queue
import _queue

q = queue.SimpleQueue()
print(type(q).__module__, type(q).__name__, queue.SimpleQueue is _queue.SimpleQueue)
print(queue.Empty is _queue.Empty, issubclass(queue.Empty, Exception))
print(q.empty(), q.qsize())
q.put(1)
q.put(2, block=False)
q.put(3, timeout=5)
q.put_nowait([4])
print(q.empty(), q.qsize())
print(q.get(), q.get(False), q.get(timeout=0.5), q.get_nowait())
for call in (lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(block=True, timeout=0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
for bad in (-1, "x", float("nan")):
    try:
        q.get(timeout=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    q.get(timeout=1e300)
except OverflowError as e:
    print("OverflowError", e)
print(queue.SimpleQueue[int])
# A timeout is ignored when not blocking.
try:
    q.get(False, -5)
except queue.Empty:
    print("non-blocking ignores the timeout")

class Tracked(queue.SimpleQueue):
    def put(self, item, block=True, timeout=None):
        super().put(("tracked", item))

t = Tracked()
t.put("x")
print(t.get(), isinstance(t, queue.SimpleQueue))

# The pure-Python Queue classes use the native Empty.
fifo = queue.Queue()
try:
    fifo.get_nowait()
except _queue.Empty:
    print("queue.Queue raises _queue.Empty")
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for p in (5, 1, 3):
    pq.put((p, f"task{p}"))
print([pq.get()[1] for _ in range(3)])
