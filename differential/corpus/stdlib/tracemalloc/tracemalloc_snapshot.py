# tracemalloc's Snapshot over Krait's traces: statistics of the program's own lines, filters,
# comparison of two snapshots, dump and load, and the error once tracing stops.
import os
import tempfile
import tracemalloc

HERE = os.path.basename(__file__)
BIG = 200000


def show(stats, label):
    # only the large allocations: the small ones differ with the interpreter's internals
    print(label)
    for stat in stats:
        if stat.size >= BIG:
            frame = stat.traceback[0]
            print("  %s:%s count>=1 %s size>=BIG %s" % (os.path.basename(frame.filename),
                  frame.lineno, stat.count >= 1, stat.size >= BIG))


tracemalloc.start(4)
first = bytes(BIG)
second = [bytearray(BIG), bytes(BIG + 1)]
snap1 = tracemalloc.take_snapshot()
print("traceback limit of the snapshot:", snap1.traceback_limit)
mine = snap1.filter_traces([tracemalloc.Filter(True, __file__)])
show(mine.statistics("lineno"), "by line:")
show(mine.statistics("filename"), "by file:")
by_tb = mine.statistics("traceback")
print("traceback statistics have frames:", all(len(s.traceback) >= 1 for s in by_tb))

excluded = snap1.filter_traces([tracemalloc.Filter(False, __file__)])
print("excluding the file leaves none of its lines:",
      all(os.path.basename(t.traceback[0].filename) != HERE for t in excluded.traces))
only_line = snap1.filter_traces([tracemalloc.Filter(True, __file__, lineno=22)])
print("one line:", sorted({t.traceback[0].lineno for t in only_line.traces}))
print("domain 0 only:", {t.domain for t in snap1.traces})

third = bytes(3 * BIG)
snap2 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for diff in snap2.compare_to(mine, "lineno"):
    if diff.size_diff >= BIG:
        frame = diff.traceback[0]
        # (count_diff also counts the int 3 * BIG, which Krait frees only when collected)
        print("grew: line %s by >= %d, count_diff >= 1 %s" % (frame.lineno, 3 * BIG,
              diff.count_diff >= 1))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "snap.pickle")
    mine.dump(path)
    loaded = tracemalloc.Snapshot.load(path)
print("loaded equals dumped:", loaded.traces == mine.traces,
      loaded.traceback_limit == mine.traceback_limit)

top = mine.statistics("lineno")[0]
print("largest line:", top.traceback[0].lineno, "format:",
      top.traceback.format()[0].strip().replace(os.path.dirname(__file__) + os.sep, ""))

tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
