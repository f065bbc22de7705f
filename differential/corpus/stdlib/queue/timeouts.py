# Waiting on SimpleQueue.get with timeouts while other threads run.
import queue
import threading
import time

q = queue.SimpleQueue()
events = queue.SimpleQueue()

def slow_producer():
    for i in range(5):
        time.sleep(0.01)
        q.put(i)
    q.put(None)

def consumer():
    timeouts = 0
    got = []
    while True:
        try:
            item = q.get(timeout=0.001)
        except queue.Empty:
            timeouts += 1
            continue
        if item is None:
            break
        got.append(item)
    events.put(("consumer", got))

threads = [threading.Thread(target=slow_producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(events.get_nowait())

# A get() that times out takes about as long as asked.
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    elapsed = time.monotonic() - start
    print("timed out", 0.04 <= elapsed < 30.0)

# Many producers, one consumer: every item arrives exactly once.
N, PER = 4, 250
def producer(k):
    for i in range(PER):
        q.put((k, i))
ps = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
for p in ps:
    p.start()
seen = [q.get(timeout=10) for _ in range(N * PER)]
for p in ps:
    p.join()
print(len(seen), len(set(seen)), q.empty())
per_producer = {}
for k, i in seen:
    per_producer.setdefault(k, []).append(i)
print(all(v == sorted(v) for v in per_producer.values()))
