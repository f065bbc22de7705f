# Reading and writing text files as programs do: encodings, newline handling, line iteration,
# seek/tell, appending, and errors handlers.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("first line\nsecond línea\nthird ☃\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, encoding="utf-8", newline="") as f:
        print(repr(f.readline()), f.tell())
        f.seek(0)
        print(repr(f.read(5)))
    with open(path, "a", encoding="utf-8") as f:
        print(f.write("appended\n"), f.tell() > 0)
    with open(path, encoding="ascii", errors="replace") as f:
        print(f.read().splitlines())
    with open(path, encoding="latin-1") as f:
        print(len(f.read()))
    try:
        with open(path, encoding="ascii") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start)
    with open(path, "r+", encoding="utf-8") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.write("tail")
        f.seek(end)
        print(f.read())
    with open(path, "x" if False else "w") as f:
        f.writelines(["a\n", "b\n"])
    print(open(path).readlines(), os.path.getsize(path))
    try:
        open(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        open(os.path.join(tmp, "missing", "x.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
