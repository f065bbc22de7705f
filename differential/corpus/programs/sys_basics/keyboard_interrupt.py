# An uncaught KeyboardInterrupt: CPython prints the traceback and then ends itself with
# SIGINT, which the shell sees as exit status 130.
import sys
print("before the interrupt")
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught once", repr(e), isinstance(e, Exception))
sys.stdout.flush()
raise KeyboardInterrupt("interrupted by the program")
