# os.system runs /bin/sh -c as C's system(3) does: its wait status, the shell's output on
# the same descriptors, SIGINT and SIGQUIT ignored by the caller while the command runs, and
# the 'os.system' audit event.
import os
import signal
import sys

events = []
sys.addaudithook(lambda name, args: events.append((name, args)) if name == "os.system" else None)

sys.stdout.flush()
status = os.system("echo from the shell")
print("status", status, os.waitstatus_to_exitcode(status))
status = os.system("exit 3")
print("exit 3:", status, os.WIFEXITED(status), os.WEXITSTATUS(status),
      os.waitstatus_to_exitcode(status))
status = os.system("kill -TERM $$")
print("killed:", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM,
      os.waitstatus_to_exitcode(status))
print("bytes command:", os.system(b"true"), os.system(b"false"))


class Command:
    def __fspath__(self):
        return "exit 5"


print("PathLike:", os.system(Command()) >> 8)
sys.stdout.flush()
# the shell interrupts its parent: system(3) ignores SIGINT meanwhile, so nothing is raised
print("SIGINT to the caller:", os.system("kill -INT $PPID; exit 0"))
print("SIGQUIT to the caller:", os.system("kill -QUIT $PPID; exit 0"))
print("a missing command:", os.waitstatus_to_exitcode(os.system("no-such-command-krait 2>/dev/null")))
env_status = os.system('test "$KRAIT_SYSTEM_TEST" = yes')
os.environ["KRAIT_SYSTEM_TEST"] = "yes"
print("environ reaches the shell:", env_status != 0, os.system('test "$KRAIT_SYSTEM_TEST" = yes'))
for bad in (None, 3, "a\0b"):
    try:
        os.system(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.system()
except TypeError as e:
    print(e)
print("events:", events[:2], len(events))
