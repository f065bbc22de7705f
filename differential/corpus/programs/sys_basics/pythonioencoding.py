# PYTHONIOENCODING=encoding[:errors] sets the standard streams' codec (normalised to the
# codec's name) and the error handler of stdin and stdout; a codec alone means strict, stderr
# keeps backslashreplace, and an unknown codec is a fatal start-up error.
import os
import subprocess
import sys

CODE = ("import sys; print(chr(0xa2), sys.stdout.encoding, sys.stdout.errors, sys.stdin.errors,"
        " sys.stderr.encoding, sys.stderr.errors)")

for value in ("cp424", "ascii:replace", "ascii", "ascii:", ":ignore", "latin-1", "UTF8",
              "utf-8:surrogateescape", "nosuch"):
    env = dict(os.environ, PYTHONIOENCODING=value)
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, env=env)
    print(repr(value), r.returncode, r.stdout)
    print("   ", r.stderr.splitlines()[:3])
