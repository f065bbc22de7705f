# Walks a small directory tree made in a temporary folder, classifying entries the way `ls -l`
# and tools built on os.stat do.
import os
import stat
import tempfile

os.umask(0o022)

with tempfile.TemporaryDirectory() as root:
    os.mkdir(os.path.join(root, "sub"))
    with open(os.path.join(root, "sub", "data.txt"), "w") as f:
        f.write("hello\n")
    with open(os.path.join(root, "run.sh"), "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(os.path.join(root, "run.sh"), 0o750)
    os.chmod(os.path.join(root, "sub", "data.txt"), 0o640)
    os.symlink("run.sh", os.path.join(root, "link"))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            st = os.lstat(full)
            mode = st.st_mode
            kind = ("dir" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode)
                    else "fifo" if stat.S_ISFIFO(mode) else "file" if stat.S_ISREG(mode)
                    else "other")
            rel = os.path.relpath(full, root)
            print(f"{stat.filemode(mode)} {kind:5} {rel}", oct(stat.S_IMODE(mode))
                  if kind != "link" else "")
            print("  ", st[stat.ST_MODE] == mode, stat.S_IFMT(mode) == stat.S_IFMT(st.st_mode))
