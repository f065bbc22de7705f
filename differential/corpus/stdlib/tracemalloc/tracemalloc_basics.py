# _tracemalloc's functions: tracing on and off, the traceback limit, the argument checks, and
# where and how large a traced allocation is.
import os
import sys
import tracemalloc
import _tracemalloc

HERE = os.path.basename(__file__)


def where(tb):
    return [(os.path.basename(f.filename), f.lineno) for f in tb]


print("tracing at start:", tracemalloc.is_tracing())
print("off: memory", tracemalloc.get_traced_memory(), "traces", tracemalloc._get_traces())
print("off: object traceback", tracemalloc.get_object_traceback([1, 2]))
tracemalloc.clear_traces()
tracemalloc.reset_peak()
print("off: limit", tracemalloc.get_traceback_limit())

for bad in (0, -1, 65536, 2**30):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("start(%r): ValueError: %s" % (bad, e))
for bad in ("3", 2.5, 2**40):
    try:
        tracemalloc.start(bad)
    except (TypeError, OverflowError) as e:
        print("start(%r): %s: %s" % (bad, type(e).__name__, e))
try:
    tracemalloc.start(1, 2)
except TypeError as e:
    print("start(1, 2): TypeError:", e)
try:
    _tracemalloc._get_object_traceback()
except TypeError as e:
    print("_get_object_traceback(): TypeError:", e)
print("still off:", tracemalloc.is_tracing())

tracemalloc.start()
print("on:", tracemalloc.is_tracing(), "limit", tracemalloc.get_traceback_limit())
tracemalloc.start(7)  # already tracing: the limit stays
print("limit after a second start:", tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(3)
print("limit after a restart:", tracemalloc.get_traceback_limit())


def inner(n):
    return b"x" * n


def outer(n):
    return inner(n)


data = outer(100000)
tb = tracemalloc.get_object_traceback(data)
print("bytes allocated at", where(tb), "total frames", tb.total_nframe)
print("Traceback is oldest first:", where(tb)[-1][1] < where(tb)[0][1])

traces = [t for t in tracemalloc._get_traces() if t[2] == tuple(reversed(tb._frames))]
domain, size, frames, total = traces[0]
print("trace:", domain, type(size).__name__, [(os.path.basename(f), l) for f, l in frames],
      type(total).__name__)
print("size covers the bytes:", 100000 <= size <= 100000 + 100, size == sys.getsizeof(data))
current, peak = tracemalloc.get_traced_memory()
print("current >= 100000:", current >= 100000, "peak >= current:", peak >= current)

# (a bytearray: CPython may take a list or tuple from a free list, traced where it was first made)
buffer = bytearray(64)
print("bytearray allocated at", where(tracemalloc.get_object_traceback(buffer)))
print("an object made before tracing:", tracemalloc.get_object_traceback(HERE))
print("memory of tracemalloc >= 0:", tracemalloc.get_tracemalloc_memory() >= 0)

tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print("after reset_peak, peak >= current:", peak >= current)
big = bytes(1000000)
current2, peak2 = tracemalloc.get_traced_memory()
# (Krait learns of a free only when the JVM's collector finds the object dead, which may fall
# between the two readings: the check does not depend on when that happens)
print("peak covers the allocation:", peak2 >= current2 >= 1000000)

tracemalloc.clear_traces()
print("cleared: traceback", tracemalloc.get_object_traceback(data),
      "memory below 5000:", tracemalloc.get_traced_memory()[1] < 5000,
      "still tracing", tracemalloc.is_tracing())
more = outer(5000)
print("after clear:", where(tracemalloc.get_object_traceback(more)))

tracemalloc.stop()
print("stopped:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory(),
      tracemalloc._get_traces(), tracemalloc.get_object_traceback(more))
