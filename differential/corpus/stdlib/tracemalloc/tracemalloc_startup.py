# Tracing from start-up (-X tracemalloc[=N], PYTHONTRACEMALLOC), the start-up errors, and the
# warnings module naming where a warning's source object was allocated. The children run with -S:
# site's work is beside the point here, and each start costs the run time.
import os
import subprocess
import sys

CODE = "import sys, tracemalloc; print(tracemalloc.is_tracing(), " \
       "tracemalloc.get_traceback_limit(), sys._xoptions)"


def run(args, env=None, code=CODE):
    environ = dict(os.environ)
    environ.pop("PYTHONTRACEMALLOC", None)
    environ.update(env or {})
    p = subprocess.run([sys.executable, "-S", *args, "-c", code], capture_output=True, text=True,
                       env=environ)
    return p.returncode, p.stdout.strip(), p.stderr


for args, env in (([], None), (["-X", "tracemalloc"], None), (["-X", "tracemalloc=15"], None),
                  ([], {"PYTHONTRACEMALLOC": "4"}),
                  (["-X", "tracemalloc=2"], {"PYTHONTRACEMALLOC": "9"})):
    rc, out, err = run(args, env)
    print(args, env, "->", rc, out, err)

for args, env in ((["-X", "tracemalloc=-1"], None), (["-X", "tracemalloc=x"], None),
                  (["-X", "tracemalloc=65536"], None), ([], {"PYTHONTRACEMALLOC": "70000"})):
    rc, out, err = run(args, env)
    lines = [l for l in err.splitlines() if l and not l.startswith(("Current thread", "  <"))]
    print(args, env, "->", rc, lines)

WARN = """
import warnings
def make():
    return [1, 2, 3]
def main():
    res = make()
    warnings.warn("unclosed resource", ResourceWarning, source=res)
main()
"""
for args in (["-W", "always"], ["-W", "always", "-X", "tracemalloc=3"]):
    rc, out, err = run(args, code=WARN)
    print(args, "->", rc)
    print(err, end="")
