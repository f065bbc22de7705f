# SIGINT to a program that never imported signal: a time.sleep() or a lock's acquire() in
# progress ends at once with KeyboardInterrupt, whose traceback is printed before the process
# dies by the signal (-2).
import signal
import subprocess
import sys
import time

CHILDREN = {
    "sleep": """
import sys, time
print("ready", "signal" in sys.modules, flush=True)
time.sleep(30)
print("not reached")
""",
    "acquire": """
import sys, threading
lock = threading.Lock()
lock.acquire()
print("ready", "signal" in sys.modules, flush=True)
lock.acquire(timeout=30)
print("not reached")
""",
    "join": """
import sys, threading, time
worker = threading.Thread(target=time.sleep, args=(3,), daemon=True)
worker.start()
print("ready", "signal" in sys.modules, flush=True)
worker.join()
print("not reached")
""",
}

for name, code in CHILDREN.items():
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    print(name, child.stdout.readline().strip())
    started = time.monotonic()
    child.send_signal(signal.SIGINT)
    out, err = child.communicate()
    print(name, "returncode:", child.returncode, "quick:", time.monotonic() - started < 2.5)
    print(name, "stdout:", repr(out), err.strip().splitlines()[-1])
