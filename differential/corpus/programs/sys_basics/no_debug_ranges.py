# -X no_debug_ranges and PYTHONNODEBUGRANGES: code keeps no columns, so tracebacks draw no
# carets and co_positions() gives (line, line, None, None); sys.orig_argv is the command line.
import os
import subprocess
import sys
import tempfile

PROGRAM = """
import sys
def f(a, b):
    return a / b
print(sys.orig_argv[1:])
print(sorted(set(p[2:] for p in f.__code__.co_positions())))
f(1, 0)
"""

with tempfile.TemporaryDirectory() as folder:
    script = os.path.join(folder, "script.py")
    with open(script, "w") as f:
        f.write(PROGRAM)
    for options, extra_env in (([], {}), (["-X", "no_debug_ranges"], {}),
                               ([], {"PYTHONNODEBUGRANGES": "1"})):
        env = dict(os.environ, **extra_env)
        r = subprocess.run([sys.executable, *options, script], capture_output=True,
                           text=True, env=env)
        print(options, extra_env, r.returncode)
        print(r.stdout.replace(folder, "<tmp>"), end="")
        print(r.stderr.replace(folder, "<tmp>"), end="")
