# Popen with pipes: communicate, incremental reads, a pipeline of two processes.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(b"line 1\nline 2\n")
print(out, err, p.returncode)

p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo oops >&2; exit 3"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     text=True)
out, err = p.communicate("value\n")
print(repr(out), repr(err), p.returncode, p.poll(), p.wait())

with subprocess.Popen(["printf", "1\\n2\\n3\\n"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print("read", line)
print("exit", p.returncode)

p1 = subprocess.Popen(["printf", "banana\\napple\\ncherry\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0].decode().split())
print(p1.wait(), p2.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"written directly\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait())

data = bytes(range(256)) * 400
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(data)
print(len(out), out == data)
