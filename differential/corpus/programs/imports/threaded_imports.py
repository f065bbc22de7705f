# Threads that import a module another thread is still initialising wait for it, and see it
# complete: `import m`, `from m import x`, `from pkg import sub`, importlib.import_module.
# A circular import across two threads ends (one of them sees the other module partial).
import importlib
import os
import sys
import tempfile
import threading

root = tempfile.mkdtemp()
SLOW = "import time\nfirst = 1\ntime.sleep(0.05)\nlast = 2\n"
files = {
    "slow_a.py": SLOW,
    "slow_b.py": SLOW,
    "slow_c.py": SLOW,
    "slow_d.py": SLOW,
    "slowpkg/__init__.py": "import time\ntime.sleep(0.05)\nready = True\n",
    "slowpkg/sub.py": SLOW,
    "cyc_a.py": "import time\ntime.sleep(0.2)\nx = 'a'\nimport cyc_b\ndone = True\n",
    "cyc_b.py": "import time\ntime.sleep(0.2)\nx = 'b'\nimport cyc_a\ndone = True\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)

def run(label, target, n=8):
    results = []
    barrier = threading.Barrier(n)
    def body():
        barrier.wait()
        try:
            results.append(target())
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    threads = [threading.Thread(target=body) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(label, sorted(set(map(str, results))), len(results))

def plain():
    import slow_a
    return (slow_a.first, slow_a.last)

def from_import():
    from slow_b import first, last
    return (first, last)

def submodule():
    from slowpkg import sub
    import slowpkg
    return (slowpkg.ready, sub.first, sub.last)

def import_module():
    m = importlib.import_module("slow_c")
    return (m.first, m.last)

counter = iter(range(100))
def mixed():
    # importlib's own import and the import statement wait for each other
    if next(counter) % 2:
        m = importlib.import_module("slow_d")
    else:
        import slow_d as m
    return (m.first, m.last)

run("import", plain)
run("mixed", mixed)
run("from", from_import)
run("from pkg", submodule)
run("import_module", import_module)

cyc = []
def imp_a():
    import cyc_a
    cyc.append(("a", cyc_a.x))
def imp_b():
    import cyc_b
    cyc.append(("b", cyc_b.x))
threads = [threading.Thread(target=imp_a), threading.Thread(target=imp_b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("circular", sorted(cyc))
import cyc_a, cyc_b
print(cyc_a.done, cyc_b.done)
import shutil
shutil.rmtree(root)
