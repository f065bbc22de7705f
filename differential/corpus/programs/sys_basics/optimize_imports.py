# -O and -OO apply to imported modules too, as to the main program: asserts are dropped,
# __debug__ is False, -OO drops docstrings; an assert's expressions are then not checked, so
# a SyntaxWarning inside one is not shown, while "assertion is always true" still is.
import os
import subprocess
import sys
import tempfile

MODULE = '''"""module doc"""
import warnings
def f():
    "function doc"
    assert x is 1, (1)()
assert False, "assert ran"
assert (1, 2)
print("imported:", __debug__, __doc__, f.__doc__)
'''
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "optmod.py"), "w") as out:
        out.write(MODULE)
    # KRAIT_AOT=off: a first run after a build would otherwise train Krait's start-up cache
    env = dict(os.environ, KRAIT_AOT="off", PYTHONPATH=d)
    for options in ([], ["-O"], ["-OO"]):
        r = subprocess.run([sys.executable, *options, "-c", "import optmod"], env=env,
                           capture_output=True, text=True, cwd=d)
        print(options, r.returncode)
        print(r.stdout, end="")
        lines = r.stderr.splitlines()
        print("\n".join(line.replace(d, "<tmp>") for line in lines
                        if "Warning" in line or "Error" in line))
