# Producer and consumer threads sharing a queue.SimpleQueue; the output is deterministic.
import queue
import threading

jobs = queue.SimpleQueue()
results = queue.SimpleQueue()
STOP = object()

def worker(name):
    while True:
        item = jobs.get()
        if item is STOP:
            results.put((name, "done"))
            return
        results.put((name, item * item))

workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
for n in range(1, 31):
    jobs.put(n)
for _ in workers:
    jobs.put(STOP)
for w in workers:
    w.join()

squares = []
done = 0
while not results.empty():
    name, value = results.get_nowait()
    if value == "done":
        done += 1
    else:
        squares.append(value)
print(sorted(squares) == [n * n for n in range(1, 31)], done, results.qsize())

# A consumer blocked in get() wakes up for a later put().
box = queue.SimpleQueue()
seen = []
t = threading.Thread(target=lambda: seen.append(box.get(timeout=10)))
t.start()
box.put("late item")
t.join()
print(seen)

# Order is FIFO within one producer.
q = queue.SimpleQueue()
for word in "the quick brown fox".split():
    q.put_nowait(word)
print([q.get() for _ in range(q.qsize())])
