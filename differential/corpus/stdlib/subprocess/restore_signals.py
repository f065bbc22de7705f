# The signals the interpreter ignores (SIGPIPE, SIGXFSZ) stay ignored in a child started with
# restore_signals=False, and are back at their defaults with restore_signals=True (the
# default), while os.posix_spawn's children inherit them ignored; the parent itself ignores
# them, so writing to a closed pipe raises BrokenPipeError.
import os
import signal
import subprocess

def ignored_in_child(**kwargs):
    status = subprocess.check_output(["cat", "/proc/self/status"], **kwargs)
    mask = next(int(line.split()[1], 16) for line in status.splitlines()
                if line.startswith(b"SigIgn:"))
    return [signal.Signals(n).name for n in (signal.SIGPIPE, signal.SIGXFSZ)
            if mask & (1 << (n - 1))]

print("restore_signals=False:", ignored_in_child(restore_signals=False))
print("restore_signals=True:", ignored_in_child(restore_signals=True))
print("default:", ignored_in_child())
r, w = os.pipe()
pid = os.posix_spawn("/bin/cat", ["cat", "/proc/self/status"], os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
with open(r, "rb") as f:
    mask = next(int(line.split()[1], 16) for line in f if line.startswith(b"SigIgn:"))
os.waitpid(pid, 0)
print("posix_spawn:", [signal.Signals(n).name for n in (signal.SIGPIPE, signal.SIGXFSZ)
                       if mask & (1 << (n - 1))])
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN,
      signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e)
os.close(w)
