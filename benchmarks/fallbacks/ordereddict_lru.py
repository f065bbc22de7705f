# Which OrderedDict: the native one of `_collections` or the pure-Python class of
# `collections/__init__.py` (what Krait ran before it had the native one). Four phases on
# 100000 int keys -- build, lookup, move_to_end (an LRU's hit), iteration over keys and items --
# then popitem(last=False) until empty, five rounds, each phase timed in CPU seconds; `py` as
# the argument hides `_collections.OrderedDict` before `collections` is imported, in CPython
# and in Krait alike. See docs/PERFORMANCE.md, "OrderedDict".
import sys
import time

import _collections

if sys.argv[1:] == ["py"]:
    del _collections.OrderedDict
    sys.modules.pop("collections", None)
import collections

OrderedDict = collections.OrderedDict
N = 100000


def build():
    od = OrderedDict()
    for i in range(N):
        od[i] = i
    return od


def lookup(od):
    total = 0
    for i in range(N):
        total += od[i]
    return total


def move(od):
    for i in range(0, N, 2):
        od.move_to_end(i)
    for i in range(1, N, 4):
        od.move_to_end(i, last=False)
    return next(iter(od))


def iterate(od):
    total = 0
    for k in od:
        total += k
    for k, v in od.items():
        total += v
    return total


def drain(od):
    total = 0
    while od:
        total += od.popitem(last=False)[0]
    return total


phases = {"build": 0.0, "lookup": 0.0, "move": 0.0, "iterate": 0.0, "drain": 0.0}
rounds = []
for _ in range(5):
    times = {}
    t = time.process_time()
    od = build()
    times["build"] = time.process_time() - t
    t = time.process_time()
    check = lookup(od)
    times["lookup"] = time.process_time() - t
    t = time.process_time()
    check += move(od)
    times["move"] = time.process_time() - t
    t = time.process_time()
    check += iterate(od)
    times["iterate"] = time.process_time() - t
    t = time.process_time()
    check += drain(od)
    times["drain"] = time.process_time() - t
    rounds.append(times)
print("OrderedDict from", OrderedDict.__module__,
      "native" if OrderedDict is getattr(_collections, "OrderedDict", None) else "pure Python",
      check)
for name in phases:
    print("%-8s %s" % (name, " ".join("%.3f" % r[name] for r in rounds)))
