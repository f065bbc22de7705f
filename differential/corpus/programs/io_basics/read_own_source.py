# open() without the standard library: the program reads its own file, by the name given
# on the command line (the working directory is the program's folder) and by __file__.
import sys
with open(sys.argv[0], encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip(), repr(lines[-1]))
with open(__file__, "rb") as f:
    data = f.read()
print(len(data), data[:12], data.count(b"\n") == len(lines))
with open(sys.argv[0]) as f:
    first = f.readline()
    f.seek(0)
    print(first == f.readline(), f.tell() == len(first.encode()), f.name, f.mode, f.closed)
print(f.closed)
f = open(__file__, encoding="utf-8")
print(next(iter(f)).startswith("# open()"), sum(1 for _ in f) + 1 == len(lines))
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print("the end")
