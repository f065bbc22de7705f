# os.spawn* (Krait's posix provides spawnv, spawnve, spawnvp, spawnvpe; os.py builds the
# spawnl family on them): exit codes, -SIG for a killed child, P_NOWAIT's pid, environments
# given as str or bytes, and the argv checks.
import os

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
print("spawnv:", os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 17"]))
print("spawnv tuple:", os.spawnv(os.P_WAIT, "/bin/sh", ("sh", "-c", "exit 0")))
print("killed:", os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "kill -9 $$"]))
print("spawnl:", os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "exit 3"))
print("spawnlp:", os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 4"))
env = {"FOO": "bar", "PATH": os.environ.get("PATH", os.defpath)}
print("spawnle:", os.spawnle(os.P_WAIT, "/bin/sh", "sh", "-c", 'test "$FOO" = bar', env))
print("spawnlpe:", os.spawnlpe(os.P_WAIT, "sh", "sh", "-c", 'exit ${#FOO}', env))
print("spawnve bytes:", os.spawnve(os.P_WAIT, b"/bin/sh", [b"sh", b"-c", b'exit ${#FOO}'],
                                   {b"FOO": b"bytes"}))
print("spawnvpe:", os.spawnvpe(os.P_WAIT, "sh", ["sh", "-c", 'exit ${#FOO}'], env))
print("not executable:", os.spawnv(os.P_WAIT, "/nonexistent/program", ["program"]))
print("other mode waits:", os.spawnv(7, "/bin/sh", ["sh", "-c", "exit 9"]))

pid = os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "exit 5"])
got, status = os.waitpid(pid, 0)
print("P_NOWAIT:", got == pid, os.waitstatus_to_exitcode(status))

for args in [(), [], ("",), [b""]]:
    try:
        os.spawnv(os.P_NOWAIT, "/bin/sh", args)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["sh", None, {"sh": 1}]:
    try:
        os.spawnv(os.P_WAIT, "/bin/sh", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.spawnl(os.P_WAIT, "/bin/sh")
except ValueError as e:
    print("spawnl no args:", e)
print([name for name in ("spawnv", "spawnve", "spawnvp", "spawnvpe", "spawnl", "spawnle",
                         "spawnlp", "spawnlpe", "P_WAIT", "P_NOWAIT", "P_NOWAITO")
       if name not in os.__all__])
