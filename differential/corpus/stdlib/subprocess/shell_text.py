# shell=True command lines and text mode with encodings and errors.
import subprocess

print(subprocess.run("echo a b | tr ' ' '\\n' | sort -r", shell=True,
                     capture_output=True, text=True).stdout.split())
print(subprocess.run("for i in 1 2 3; do printf $i; done", shell=True,
                     capture_output=True).stdout)
print(subprocess.run("exit 9", shell=True).returncode)
print(subprocess.run(["echo $0"], shell=True, capture_output=True, text=True).stdout)
print(subprocess.run("echo \"$1\"", shell=True, capture_output=True).stdout)

r = subprocess.run(["printf", "caf\\303\\251\\n"], capture_output=True, text=True,
                   encoding="utf-8")
print(repr(r.stdout))
r = subprocess.run(["printf", "caf\\351\\n"], capture_output=True, encoding="latin-1")
print(repr(r.stdout))
r = subprocess.run(["printf", "bad \\377 byte"], capture_output=True, encoding="utf-8",
                   errors="replace")
print(repr(r.stdout))
r = subprocess.run(["printf", "bad \\377"], capture_output=True, encoding="ascii",
                   errors="backslashreplace")
print(repr(r.stdout))
r = subprocess.run(["cat"], input="line\r\nother\n", capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.list2cmdline(["a b", "c\"d", "", "plain"]))
import shlex
cmd = "printf '%s|' " + " ".join(shlex.quote(w) for w in ["it's", "a b", "$HOME"])
print(subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout)
