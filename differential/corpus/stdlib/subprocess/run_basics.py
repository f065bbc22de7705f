# subprocess.run: captured output, return codes, check=True and CalledProcessError.
import subprocess

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
print(repr(r))

r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)

try:
    subprocess.run(["sh", "-c", "exit 7"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd)
    print(e)

r = subprocess.run(["false"])
print("false ->", r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)

r = subprocess.run(["true"], stdout=subprocess.DEVNULL)
print("true ->", r.returncode, r.stdout)

print(subprocess.call(["sh", "-c", "exit 2"]))
print(subprocess.check_call(["true"]))
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print("killed ->", r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
