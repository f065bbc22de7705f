# sys.stdout and sys.stderr: write() returns the number of characters; stdout is flushed
# before a traceback, and the two streams are compared separately.
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
m = sys.stderr.write("to stderr\n")
print("stderr write returned", m)
print("via print to stderr", file=sys.stderr)
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.writable(), sys.stdin.readable())
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.errors, sys.stdout.errors)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print("é ü 日本 😀 unicode output")
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
