# check_output: bytes and text, stderr=STDOUT, universal newlines, failures.
import subprocess

print(subprocess.check_output(["printf", "a\\nb\\n"]))
print(subprocess.check_output(["printf", "a\\r\\nb\\n"], text=True).splitlines())
print(repr(subprocess.check_output(["printf", "x\\r\\ny"], universal_newlines=True)))
print(subprocess.check_output(["sh", "-c", "echo one; echo two >&2"],
                              stderr=subprocess.STDOUT))
out = subprocess.check_output(["sh", "-c", "echo $0 $1", "name", "arg"], text=True)
print(out.strip())
print(subprocess.check_output("echo $((6 * 7))", shell=True))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 3"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stdout, e.stderr)
print(subprocess.getoutput("echo status; exit 5"))
print(subprocess.getstatusoutput("echo status; exit 5"))
print(subprocess.check_output(["cat"], input=b"through stdin\n"))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input="shout\n", text=True), end="")
print(subprocess.check_output(["wc", "-c"], input="é€".encode("utf-8")).strip())
