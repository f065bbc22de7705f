# The main program is parsed after start-up, as in CPython, so -W options reach the parser's
# warnings: with -W error an invalid escape in the program is a SyntaxError (exit status 1),
# with -W always a DeprecationWarning on stderr, and by default nothing (the default filters
# show DeprecationWarnings of __main__ only, and a parser warning names no module).
import os
import subprocess
import sys

# KRAIT_AOT=off: a first run after a build would otherwise train Krait's start-up cache
env = dict(os.environ, KRAIT_AOT="off")
code = 'print("\\d", 1if 1 else 2)'
for options in ([], ["-W", "error"], ["-W", "always"], ["-W", "error::SyntaxWarning"]):
    r = subprocess.run([sys.executable, *options, "-c", code], env=env, capture_output=True,
                       text=True)
    print(options, r.returncode)
    print(r.stdout, end="")
    print(r.stderr, end="")
