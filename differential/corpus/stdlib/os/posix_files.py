# The posix module directly: files and directories through real descriptors, stat,
# scandir, links, and the OSErrors CPython raises (errno, strerror, filename).
import posix

base = "/tmp/krait_corpus_posix_files_%d" % posix.getpid()
posix.mkdir(base, 0o755)
try:
    path = base + "/data.txt"
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o640)
    print("fd above 2:", fd > 2, "inheritable:", posix.get_inheritable(fd))
    print("wrote", posix.write(fd, b"line one\nline two\n"))
    posix.close(fd)

    st = posix.stat(path)
    print("size", st.st_size, "mode", oct(st.st_mode & 0o777), "len", len(st))
    print("int times match:", st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
    print("isinstance tuple:", isinstance(st, tuple), type(st).__name__)

    fd = posix.open(path, posix.O_RDONLY)
    print(posix.read(fd, 4), posix.lseek(fd, 0, 1), posix.read(fd, 100))
    print("at end:", posix.read(fd, 10))
    posix.lseek(fd, 5, 0)
    with open(fd, "rb", closefd=False) as f:
        print("FileIO on the same fd:", f.read(3), f.fileno() == fd)
    posix.close(fd)

    posix.mkdir(base + "/sub")
    posix.symlink(path, base + "/link")
    for entry in sorted(posix.scandir(base), key=lambda e: e.name):
        print(entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink(),
              entry.path == base + "/" + entry.name)
    print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
    print("readlink:", posix.readlink(base + "/link") == path)
    print("lstat is link:", posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000)

    posix.rename(path, base + "/renamed.txt")
    print("access:", posix.access(base + "/renamed.txt", posix.R_OK),
          posix.access(path, posix.F_OK))
    posix.chmod(base + "/renamed.txt", 0o600)
    print("chmod:", oct(posix.stat(base + "/renamed.txt").st_mode & 0o777))
    posix.utime(base + "/renamed.txt", (1000000000, 1200000000))
    st = posix.stat(base + "/renamed.txt")
    print("utime:", st.st_atime, st.st_mtime)
    posix.truncate(base + "/renamed.txt", 4)
    print("truncated:", posix.stat(base + "/renamed.txt").st_size)

    for call, args in [(posix.stat, (base + "/missing",)), (posix.mkdir, (base,)),
                       (posix.rmdir, (base,)), (posix.unlink, (base + "/sub",)),
                       (posix.rename, (base + "/missing", base + "/other")),
                       (posix.close, (987,)), (posix.listdir, (base + "/renamed.txt",))]:
        try:
            call(*args)
        except OSError as e:
            shown = [a.replace(base, "BASE") if isinstance(a, str) else a
                     for a in (e.filename, e.filename2)]
            print(call.__name__, type(e).__name__, e.errno, e.strerror, shown)
    for bad in [None, 3.5, b"a\0b", "a\0b"]:
        try:
            posix.stat(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    for name in posix.listdir(base):
        if name == "sub":
            posix.rmdir(base + "/" + name)
        else:
            posix.unlink(base + "/" + name)
    posix.rmdir(base)
print("cleaned:", not posix.access(base, posix.F_OK))
