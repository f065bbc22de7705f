# os.posix_spawn / posix_spawnp: file actions, environments, and their argument errors.
import os
import subprocess

r, w = os.pipe()
pid = os.posix_spawnp("sh", ["sh", "-c", "echo $X; echo err >&2; exit 3"],
                      {"X": "val", "PATH": os.environ["PATH"]},
                      file_actions=[(os.POSIX_SPAWN_DUP2, w, 1),
                                    (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0),
                                    (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
print(os.read(r, 100))
os.close(r)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.posix_spawn("/bin/sh", ["sh", "-c", "kill -TERM $$"], os.environ)
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 0"], os.environ, setsid=True,
                     setsigdef=[13], setsigmask=[])
print(os.waitpid(pid, 0)[1])

print(subprocess._USE_POSIX_SPAWN)
print(subprocess.run(["/bin/echo", "via posix_spawn"], close_fds=False, capture_output=True))
try:
    subprocess.run(["/nonexistent/x"], close_fds=False)
except OSError as e:
    print(repr(e), e.filename)

def attempt(*args, **kw):
    try:
        pid = os.posix_spawn(*args, **kw)
        print("started", os.waitpid(pid, 0)[1])
    except Exception as e:
        print(type(e).__name__, e)

attempt("/bin/true", ["true"], os.environ, setsigmask=[0])
attempt("/bin/true", ["true"], os.environ, setsigmask=["x"])
attempt("/bin/true", ["true"], os.environ, setsigdef=[100])
attempt("/bin/true", ["true"], os.environ, file_actions=[()])
attempt("/bin/true", ["true"], os.environ, file_actions=[(9,)])
attempt("/bin/true", ["true"], os.environ, file_actions=[(os.POSIX_SPAWN_CLOSE,)])
attempt("/bin/true", ["true"], os.environ, file_actions=5)
attempt("/bin/true", ["true"], os.environ, scheduler=(1,))
attempt("/bin/true", ["true"], os.environ, setpgroup="x")
attempt("/bin/true", "x", {})
attempt("/bin/true", [], {})
attempt("/bin/true", [""], {})
attempt("/bin/true", ["t"], [])
attempt("/bin/true", ["t"], {"a=b": "c"})
attempt("/bin/true", ["t"], {"": "c"})
attempt("/nonexistent", ["t"], {})
attempt("/bin/true", [1], {})
attempt("/bin/true", ("t", b"bytes arg"), {b"K": b"v"})
