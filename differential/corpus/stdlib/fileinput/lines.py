# fileinput over several files: line numbers, file boundaries, and in-place editing.
import fileinput
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for i, text in enumerate(["one\ntwo\n", "three\n", "four\nfive\nsix\n"]):
        p = os.path.join(tmp, f"f{i}.txt")
        with open(p, "w") as f:
            f.write(text)
        paths.append(p)
    with fileinput.input(paths) as fi:
        for line in fi:
            print(fi.lineno(), fi.filelineno(), os.path.basename(fi.filename()), fi.isfirstline(), line.rstrip())
    with fileinput.input(paths[2], inplace=True) as fi:
        for line in fi:
            print(line.rstrip().upper())
    print(open(paths[2]).read().split())
