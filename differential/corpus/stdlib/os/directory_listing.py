# os.listdir and os.scandir over a folder of every kind of entry, a name that is not UTF-8, a
# 255-byte name and a folder too big for one read of the kernel's records; the errors of a
# missing path, a file and an empty path; listing by descriptor and the current folder.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(root, "sub"))
    for name in ["a", ".hidden", "x" * 255]:
        open(os.path.join(root, name), "w").close()
    open(os.path.join(os.fsencode(root), b"caf\xe9"), "w").close()
    os.symlink("a", os.path.join(root, "link"))
    os.symlink("missing", os.path.join(root, "dangling"))

    def show(p):
        return p.replace(root, "ROOT") if isinstance(p, str) else p.replace(os.fsencode(root), b"ROOT")

    print([n if len(n) < 20 else n[:3] + "..." for n in sorted(os.listdir(root))])
    print([n if len(n) < 20 else n[:3] + b"..." for n in sorted(os.listdir(os.fsencode(root)))])
    for p in [os.path.join(root, "a"), os.path.join(root, "nope"), "", os.path.join(root, "link")]:
        try:
            print(show(p), sorted(os.listdir(p)))
        except OSError as e:
            print(show(p), type(e).__name__, e.errno, show(e.filename))
    for e in sorted(os.scandir(root), key=lambda e: e.name):
        same_inode = e.inode() == os.stat(e.path, follow_symlinks=False).st_ino
        print(ascii(e.name[:8]), e.is_dir(), e.is_file(), e.is_symlink(), same_inode)

    big = os.path.join(root, "big")
    os.mkdir(big)
    for i in range(3000):
        open(os.path.join(big, "file%05d" % i), "w").close()
    names = os.listdir(big)
    print(len(names), len(set(names)), sorted(names)[:2], sorted(names)[-1])
    print(len(list(os.scandir(big))))

    fd = os.open(root, os.O_RDONLY)
    try:
        print(sorted(os.listdir(fd))[:4])
    finally:
        os.close(fd)
    here = os.getcwd()
    os.chdir(big)
    try:
        print(sorted(os.listdir())[:2], sorted(os.listdir("."))[-1:])
    finally:
        os.chdir(here)
finally:
    shutil.rmtree(root)
