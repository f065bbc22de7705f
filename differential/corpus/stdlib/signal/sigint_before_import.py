# SIGINT to a program that never imported signal: a time.sleep() in progress ends at once with
# KeyboardInterrupt, whose traceback is printed before the process dies by the signal (-2).
import signal
import subprocess
import sys
import time

CHILD = """
import sys, time
print("ready", "signal" in sys.modules, flush=True)
time.sleep(30)
print("not reached")
"""

child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
print(child.stdout.readline().strip())
started = time.monotonic()
child.send_signal(signal.SIGINT)
out, err = child.communicate()
print("returncode:", child.returncode, "quick:", time.monotonic() - started < 20)
print("stdout:", repr(out))
print(err.strip().splitlines()[-1])
