# faulthandler.dump_traceback into a file: the current stack, all threads, and the states.
import faulthandler
import re
import tempfile
import threading

def dumped(**kw):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback(f, **kw)
        f.seek(0)
        text = f.read().decode("ascii")
    text = re.sub(r"0x[0-9a-f]{16}", "0x<thread>", text)
    return re.sub(r'File ".*[/\\](\w+\.py)"', r'File "\1"', text)

def inner():
    return dumped(all_threads=False)

def outer():
    return inner()

print(outer(), end="")
print(dumped(), end="")

ready = threading.Event()
done = threading.Event()

def worker():
    ready.set()
    done.wait()

t = threading.Thread(target=worker)
t.start()
ready.wait()
text = dumped(all_threads=True)
done.set()
t.join()
blocks = text.split("\n\n")
print(len(blocks))
print(blocks[-1], end="")
print([line for line in blocks[0].splitlines() if "dump_traceback" in line or "worker" in line])

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
with tempfile.TemporaryFile() as f:
    faulthandler.enable(file=f, all_threads=False)
    print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
