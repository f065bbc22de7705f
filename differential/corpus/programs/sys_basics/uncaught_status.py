# An uncaught exception: the traceback on stderr and exit status 1, after stdout is flushed.
import sys
print("stdout before the error", flush=False)
sys.stderr.write("stderr before the error\n")
def fail():
    raise LookupError("nothing here")
try:
    fail()
except LookupError as e:
    print("first call caught:", e)
print("calling fail")
fail()
