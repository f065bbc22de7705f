# File descriptors: pass_fds, close_fds, redirecting to files and to other descriptors.
import os
import subprocess
import tempfile

r, w = os.pipe()
# /dev/fd/N rather than >&N: dash takes only one-digit descriptors, and a JVM opens many.
subprocess.run(["sh", "-c", f"echo through the passed fd >/dev/fd/{w}"], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)

r, w = os.pipe()
res = subprocess.run(["sh", "-c", f"echo x >/dev/fd/{w}"], capture_output=True, text=True)
print("closed by default:", res.returncode != 0)
os.close(w)
os.close(r)

print(os.get_inheritable(0), os.get_inheritable(1))
with tempfile.TemporaryFile() as f:
    subprocess.run(["sh", "-c", "echo to a file; echo err too >&2"], stdout=f,
                   stderr=subprocess.STDOUT)
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "by fd"], stdout=f.fileno())
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile() as f:
    f.write(b"from a file\n")
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
res = subprocess.run(["sh", "-c", "echo e >&2"], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
print(res.stdout, res.stderr)
res = subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.DEVNULL,
                     stderr=subprocess.PIPE)
print(res.stdout, res.stderr)
res = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(res.stdout)
r, w = os.pipe()
os.set_inheritable(w, True)
subprocess.run(["sh", "-c", f"echo kept open >/dev/fd/{w}"], close_fds=False)
os.close(w)
print(os.read(r, 100))
os.close(r)
