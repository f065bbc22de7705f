# faulthandler.register: a user signal dumps the stack, chained to the Python handler.
import faulthandler
import os
import re
import signal
import tempfile

def sanitize(text):
    text = re.sub(r"0x[0-9a-f]{16}", "0x<thread>", text)
    return re.sub(r'File ".*[/\\](\w+\.py)"', r'File "\1"', text)

def send(signum):
    os.kill(os.getpid(), signum)

def handler(signum, frame):
    handler.calls += 1
handler.calls = 0

signal.signal(signal.SIGUSR1, handler)
with tempfile.TemporaryFile() as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False, chain=True)
    send(signal.SIGUSR1)
    print("python handler calls:", handler.calls)
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=True, chain=False)
    send(signal.SIGUSR1)
    print("python handler calls:", handler.calls)
    print(faulthandler.unregister(signal.SIGUSR1))
    send(signal.SIGUSR1)
    print("python handler calls:", handler.calls)
    f.seek(0)
    print(sanitize(f.read().decode()), end="")
