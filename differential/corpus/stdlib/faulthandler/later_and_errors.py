# dump_traceback_later with a short timeout, cancelling, register, and argument errors.
import faulthandler
import re
import signal
import tempfile
import time

def sanitize(text):
    text = re.sub(r"0x[0-9a-f]{16}", "0x<thread>", text)
    return re.sub(r'File ".*[/\\](\w+\.py)"', r'File "\1"', text)

def wait_for_it():
    time.sleep(0.6)

with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(0.1, file=f)
    wait_for_it()
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    print(sanitize(f.read().decode()), end="")

with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(30, file=f)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    print(repr(f.read()))

with tempfile.TemporaryFile() as f:
    faulthandler.register(signal.SIGUSR2, file=f, all_threads=False)
    print(faulthandler.unregister(signal.SIGUSR2), faulthandler.unregister(signal.SIGUSR2))

def attempt(function, *args, **kw):
    try:
        function(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

for value in [0, -1, -0.5, "10", float("nan"), 1e300, 10**30, 2**63]:
    attempt(faulthandler.dump_traceback_later, value)
faulthandler.cancel_dump_traceback_later()
attempt(faulthandler.register, signal.SIGSEGV)
attempt(faulthandler.register, signal.SIGABRT)
attempt(faulthandler.register, 0)
attempt(faulthandler.register, 1000)
attempt(faulthandler.unregister, -3)
attempt(faulthandler.dump_traceback, -1)
attempt(faulthandler.enable, file=-5)
attempt(faulthandler.dump_traceback, file="not a file")
attempt(faulthandler.dump_traceback_later, 1, file=object())
