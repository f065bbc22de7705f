# A child process ended by SIGTERM under its default action dies by the signal (returncode
# -15); a Python handler for the signal runs instead, and setting SIG_DFL again brings the
# default back. (SIGHUP, which the same change covers, is left out: a run under nohup starts
# every child with it ignored, CPython's included.)
import signal
import subprocess
import sys

CHILD = """
import signal, sys, time
mode = sys.argv[1]
if mode == "handled":
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(3))
elif mode == "reset":
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(3))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, flush=True)
time.sleep(60)
"""

for mode, sig in [("default", signal.SIGTERM), ("handled", signal.SIGTERM),
                  ("reset", signal.SIGTERM)]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode], stdout=subprocess.PIPE,
                             text=True)
    ready = child.stdout.readline().strip()
    child.send_signal(sig)
    print(mode, signal.Signals(sig).name, "ready:", ready, "returncode:", child.wait())
    child.stdout.close()
