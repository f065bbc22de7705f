# Popen process control: pid, poll, signals, sessions, process groups, returncode of signals.
import os
import signal
import subprocess

p = subprocess.Popen(["sleep", "30"])
print(p.pid > 0, p.poll())
p.send_signal(signal.SIGTERM)
print(p.wait(), p.returncode == -signal.SIGTERM)

p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "ps -o sid= -p $$ >/dev/null; exit 0"],
                     start_new_session=True)
print(p.wait())
p = subprocess.Popen(["sleep", "30"], start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid)
os.killpg(p.pid, signal.SIGKILL)
print(p.wait())

p = subprocess.Popen(["sleep", "30"], process_group=0)
print(os.getpgid(p.pid) == p.pid, os.getpgid(p.pid) != os.getpgid(0))
p.terminate()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "exit 12"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status),
      os.waitstatus_to_exitcode(status))
p = subprocess.Popen(["sleep", "30"])
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
p = subprocess.Popen(["true"])
print(p.wait(), p.wait(), p.poll())
print(subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "trap -p PIPE; echo done"], capture_output=True).stdout)
