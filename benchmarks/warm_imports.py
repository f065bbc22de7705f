"""Warm-import probe: what importing costs once the JVM is warm.

Imports the modules of this machine's site chain (the sandbox's certifi .pth pulls in
importlib.resources, pathlib, tempfile, zipfile, typing, random ...) and of the start-up import
lines, then ROUNDS times drops every source module that added from sys.modules and imports them
again, timing each round (wall, and CPU of this thread). Run it with -S in both interpreters:

    bin/krait -S benchmarks/warm_imports.py 20
    python3 -S benchmarks/warm_imports.py 20

The rounds after the first are what importing costs once the JIT has seen the code: the
compiler from AST to nodes, the parsed-module cache's reading, class creation and the module
bodies' own code. It prints WARM-EPOCH-MS after the second round, for cutting a JFR recording
to the warm rounds (see docs/PERFORMANCE.md, "Session 21 (warm21)").
"""
import sys
import sysconfig
import time

TARGETS = ["certifi", "importlib.resources", "importlib.util", "importlib.readers", "pathlib",
           "tempfile", "zipfile", "typing", "random", "shutil", "threading", "urllib.parse",
           "re", "json", "collections", "dataclasses", "unittest", "os", "fnmatch"]
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10

# -S leaves site-packages off the path; certifi lives there
purelib = sysconfig.get_paths()["purelib"]
if purelib not in sys.path:
    sys.path.append(purelib)


def run():
    for t in TARGETS:
        try:
            __import__(t)  # the import statement's path, not importlib.import_module's
        except ImportError:
            pass


before = set(sys.modules)
t0 = time.perf_counter()
c0 = time.thread_time()
run()
t1 = time.perf_counter()
c1 = time.thread_time()
added = [m for m in set(sys.modules) - before
         if (getattr(sys.modules[m], "__file__", None) or "").endswith(".py")]
print("first %.3f wall %.3f thread-cpu, %d source modules" % (t1 - t0, c1 - c0, len(added)))
times = []
for r in range(ROUNDS):
    for m in added:
        sys.modules.pop(m, None)
    t0 = time.perf_counter()
    c0 = time.thread_time()
    run()
    t1 = time.perf_counter()
    c1 = time.thread_time()
    times.append((t1 - t0, c1 - c0))
    print("round %d %.3f wall %.3f cpu" % (r, t1 - t0, c1 - c0), flush=True)
    if r == 1:
        print("WARM-EPOCH-MS %d" % int(time.time() * 1000), flush=True)
if times:
    w = sorted(t[0] for t in times)
    c = sorted(t[1] for t in times)
    print("median wall %.4f cpu %.4f min cpu %.4f" % (w[len(w) // 2], c[len(c) // 2], c[0]))
