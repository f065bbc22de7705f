# A child interpreter through sys.executable (Krait in Krait, python3 in CPython).
import json
import os
import subprocess
import sys

print(bool(sys.executable))
code = """if True:
    import sys, json
    data = json.load(sys.stdin)
    print(sys.argv[1:])
    print(json.dumps(sorted(data)))
    print(6 * 7, file=sys.stderr)
    sys.exit(3)
"""
# KRAIT_AOT=off: a first run after a build would otherwise train Krait's start-up cache
env = dict(os.environ, KRAIT_AOT="off")
r = subprocess.run([sys.executable, "-c", code, "x", "y z"], env=env,
                   input=json.dumps({"b": 1, "a": 2}), capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(r.stderr, end="")
