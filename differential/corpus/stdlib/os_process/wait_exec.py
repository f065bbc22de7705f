# wait3, wait4 and waitid on children started by posix_spawn, then execv replacing the
# process (what was printed and flushed before stays; the program's last line is echo's).
import os
import sys

def spawn(code):
    return os.posix_spawn("/bin/sh", ["sh", "-c", code], os.environ)

pid = spawn("exit 7")
got, status, usage = os.wait4(pid, 0)
print("wait4:", got == pid, os.waitstatus_to_exitcode(status), type(usage).__name__,
      type(usage.ru_utime) is float, type(usage.ru_maxrss) is int, len(usage))
pid = spawn("kill -KILL $$")
got, status, usage = os.wait3(0)
print("wait3:", got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status))
pid = spawn("sleep 0.3; exit 4")
print("wait4 WNOHANG:", os.wait4(pid, os.WNOHANG)[:2], tuple(os.wait4(pid, os.WNOHANG)[2])[:3])
print("waitid WNOHANG:", os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG))
result = os.waitid(os.P_PID, pid, os.WEXITED)
print("waitid:", type(result).__name__, result.si_pid == pid, result.si_signo, result.si_status,
      result.si_code == os.CLD_EXITED, result.si_uid == os.getuid())
for call, args in ((os.wait3, (0,)), (os.wait4, (-1, 0)), (os.waitid, (os.P_ALL, 0, os.WEXITED))):
    try:
        call(*args)
    except ChildProcessError as e:
        print(call.__name__, type(e).__name__, e)
try:
    os.waitid(os.P_ALL, 0, 0)
except OSError as e:
    print("waitid no options:", type(e).__name__, e)

for call, args in ((os.execv, ("/bin/echo", [])), (os.execv, ("/bin/echo", ("",))),
                   (os.execv, ("/bin/echo", "echo")), (os.execv, ("/bin/echo", [1])),
                   (os.execve, ("/bin/echo", ["echo"], 5)),
                   (os.execve, ("/bin/echo", ["echo"], {"A=B": "c"})),
                   (os.execve, ("/bin/echo", [], {}))):
    try:
        call(*args)
    except (TypeError, ValueError) as e:
        print(call.__name__, type(e).__name__, e)
try:
    os.execv("/nonexistent/program", ["x"])
except OSError as e:
    print("execv:", type(e).__name__, e.errno, e.filename)
try:
    os.execve("/nonexistent/program", ["x"], {})
except OSError as e:
    print("execve:", type(e).__name__, e.errno, e.filename)
events = []
sys.addaudithook(lambda name, args: events.append(name) if name == "os.exec" else None)
print("exec now", flush=True)
os.execve("/bin/sh", ["sh", "-c", 'echo "replaced by sh: $KRAIT_EXEC"'], {"KRAIT_EXEC": "env passed"})
print("not reached")
