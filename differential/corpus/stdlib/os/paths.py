# os.path manipulation on fixed strings, and os file operations in a temporary directory.
import os
import os.path as op
import tempfile

for p in ["/usr/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".bashrc", "/", "", "a//b/../c/./d"]:
    print(repr(p), op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.normpath(p) if p else "")
print(op.join("a", "b", "/c", "d"), op.join("a", ""), op.commonpath(["/usr/lib", "/usr/local/lib"]), op.commonprefix(["abc", "abd"]))
print(op.relpath("/a/b/c", "/a/d"), op.isabs("/x"), op.isabs("x"), op.expandvars("$NOPE_NOT_SET/x"))
with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(op.join(tmp, "a", "b"))
    with open(op.join(tmp, "a", "f.txt"), "w") as f:
        f.write("hello")
    os.mkdir(op.join(tmp, "c"))
    print(sorted(os.listdir(tmp)), sorted(os.listdir(op.join(tmp, "a"))))
    walk = [(op.relpath(d, tmp), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(tmp)]
    print(sorted(walk))
    st = os.stat(op.join(tmp, "a", "f.txt"))
    print(st.st_size, op.getsize(op.join(tmp, "a", "f.txt")), op.isfile(op.join(tmp, "a", "f.txt")), op.isdir(op.join(tmp, "a")))
    os.rename(op.join(tmp, "a", "f.txt"), op.join(tmp, "c", "g.txt"))
    print(op.exists(op.join(tmp, "a", "f.txt")), op.exists(op.join(tmp, "c", "g.txt")))
    with os.scandir(op.join(tmp)) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    os.symlink(op.join(tmp, "c", "g.txt"), op.join(tmp, "link"))
    print(op.islink(op.join(tmp, "link")), os.readlink(op.join(tmp, "link")) == op.join(tmp, "c", "g.txt"), op.realpath(op.join(tmp, "link")) == op.realpath(op.join(tmp, "c", "g.txt")))
    os.remove(op.join(tmp, "link"))
    os.removedirs(op.join(tmp, "a", "b")) if False else os.rmdir(op.join(tmp, "a", "b"))
    try:
        os.rmdir(op.join(tmp, "c"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.stat(op.join(tmp, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == op.join(tmp, "nope"))
    fd = os.open(op.join(tmp, "raw.bin"), os.O_WRONLY | os.O_CREAT, 0o600)
    print(os.write(fd, b"abc"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    print(oct(os.stat(op.join(tmp, "raw.bin")).st_mode & 0o777))
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.name, os.fspath("x"), os.fsencode("é"))
os.environ["KRAIT_TEST_VAR"] = "v1"
print(os.environ.get("KRAIT_TEST_VAR"), os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ, op.expandvars("${KRAIT_TEST_VAR}/x"))
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR", "gone"))
