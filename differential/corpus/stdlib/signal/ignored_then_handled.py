# A signal set to SIG_IGN and then given a handler again (or SIG_DFL) really is handled again,
# in this process and as its children inherit it: SigIgn in /proc/self/status of a child shows
# only what is ignored at the moment it starts.
import os
import signal
import subprocess

def child_ignores(signum):
    for line in subprocess.check_output(["cat", "/proc/self/status"]).splitlines():
        if line.startswith(b"SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (signum - 1)))

seen = []
def handler(signum, frame):
    seen.append(signal.Signals(signum).name)

# (SIGHUP is left out: a run under nohup starts with it ignored; what CPython then reports as
# the previous handler differs from a run without)
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGUSR1):
    name = signal.Signals(sig).name
    before = signal.signal(sig, signal.SIG_IGN)
    print(name, "ignored; child ignores:", child_ignores(sig))
    os.kill(os.getpid(), sig)
    signal.signal(sig, handler)
    print(name, "handled; child ignores:", child_ignores(sig))
    os.kill(os.getpid(), sig)
    print(name, "seen:", seen)
    if sig != signal.SIGINT:
        signal.signal(sig, signal.SIG_IGN)
        signal.signal(sig, signal.SIG_DFL)
        print(name, "default again; child ignores:", child_ignores(sig))
    signal.signal(sig, before)
