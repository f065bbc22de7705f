# Text files in a temporary directory (tempfile and os are pure-Python stdlib modules).
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(type(f).__name__, f.mode, f.encoding, f.closed, f.writable(), f.readable())
        n = f.write("first line\n")
        f.write("second é line\n")
        print("third", file=f)
        f.writelines(["4\n", "5"])
    print(n, f.closed)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "a", encoding="utf-8") as f:
        f.write("\nappended")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    print(len(lines), lines[-1])
    with open(path, "r+", encoding="utf-8") as f:
        f.write("FIRST")
        f.seek(0)
        print(f.readline().strip(), f.tell())
    print(os.path.getsize(path), sorted(os.listdir(d)))
