# What a failed start raises: missing programs, a missing cwd, a file that is not executable.
import os
import subprocess
import tempfile

def attempt(args, **kw):
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        name = e.filename
        if isinstance(name, str) and name.startswith(tempfile.gettempdir()):
            name = "<tmp>/" + os.path.relpath(name, tempfile.gettempdir()).partition("/")[2]
        print(type(e).__name__, e.errno, e.strerror, name)

attempt(["/nonexistent/program"])
attempt(["no-such-program-anywhere-xyz", "arg"])
attempt(["ls"], cwd="/nonexistent/directory")
attempt(["/etc/hostname-does-not-exist"])
attempt([b"/nonexistent/bytes-program"])
with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "script.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho from script\n")
    attempt([script])
    os.chmod(script, 0o755)
    print(subprocess.run([script], capture_output=True).stdout)
    plain = os.path.join(d, "plain")
    with open(plain, "w") as f:
        f.write("no shebang here\n")
    os.chmod(plain, 0o755)
    attempt([plain])
    attempt([d])
    attempt(["x"], executable=os.path.join(d, "missing"))
try:
    subprocess.run(["true"], preexec_fn=None, start_new_session=False)
    print("plain start ok")
except Exception as e:
    print("unexpected", e)
try:
    subprocess.run(["echo", "a\0b"])
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["true"], env={"A=B": "c"})
except ValueError as e:
    print("ValueError", e)
