# posix's positioned and scattered I/O, the kernel's copies, special files, pathconf, extended
# attributes, eventfd and memfd_create, in a temporary folder.
import errno
import os
import shutil
import stat
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o644)
print("pwrite:", os.pwrite(fd, b"hello world", 3), os.pwrite(fd, memoryview(b"!"), 0))
print("pread:", os.pread(fd, 20, 0), os.pread(fd, 5, 3), os.pread(fd, 5, 100), os.lseek(fd, 0, os.SEEK_CUR))
print("writev:", os.writev(fd, [b"ab", bytearray(b"cd"), memoryview(b"ef")]), os.writev(fd, []))
os.lseek(fd, 0, os.SEEK_SET)
bufs = [bytearray(3), bytearray(4), bytearray(100)]
print("readv:", os.readv(fd, bufs), bufs[:2], bytes(bufs[2]).rstrip(b"\0"))
print("pwritev:", os.pwritev(fd, [b"XY", b"Z"], 0), os.pread(fd, 4, 0))
two = [bytearray(2), bytearray(2)]
print("preadv:", os.preadv(fd, two, 1), two)
for call, args in ((os.readv, (fd, [b"ab"])), (os.readv, (fd, ["ab"])), (os.readv, (fd, 5)),
                   (os.writev, (fd, ["ab"])), (os.writev, (fd, {1: b"x"})), (os.pwrite, (fd, "x", 0)),
                   (os.pread, (fd, -1, 0)), (os.pread, (-1, 1, 0)), (os.pwrite, (fd, b"x", -1))):
    try:
        call(*args)
    except (OSError, TypeError, BufferError, ValueError) as e:
        print(call.__name__, type(e).__name__, e)

os.fchmod(fd, 0o600)
print("fchmod:", oct(stat.S_IMODE(os.fstat(fd).st_mode)))
os.fdatasync(fd)
print("sync:", os.sync())
q = os.path.join(d, "g")
out = os.open(q, os.O_RDWR | os.O_CREAT)
print("sendfile:", os.sendfile(out, fd, 0, 100), os.pread(out, 100, 0))
print("sendfile at the position:", os.sendfile(out, fd, None, 4), os.lseek(fd, 0, os.SEEK_CUR))
print("copy_file_range:", os.copy_file_range(fd, out, 5, 0, 0), os.pread(out, 5, 0))
r, w = os.pipe()
print("splice:", os.splice(fd, w, 5, offset_src=0), os.read(r, 5))
try:
    os.sendfile(w, r, 0, 10)
except OSError as e:
    print("sendfile from a pipe:", type(e).__name__, e.errno)
os.posix_fallocate(fd, 0, 1000)
print("posix_fallocate:", os.fstat(fd).st_size)
print("posix_fadvise:", os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL))
os.lockf(fd, os.F_LOCK, 0)
os.lockf(fd, os.F_ULOCK, 0)
try:
    os.posix_fadvise(fd, 0, 0, 999)
except OSError as e:
    print("posix_fadvise:", type(e).__name__, e)

fifo = os.path.join(d, "fifo")
os.mkfifo(fifo)
print("mkfifo:", stat.S_ISFIFO(os.stat(fifo).st_mode))
try:
    os.mkfifo(fifo)
except OSError as e:
    print("mkfifo again:", type(e).__name__, e.errno, e.filename)
dirfd = os.open(d, os.O_RDONLY)
os.mkfifo("fifo2", 0o600, dir_fd=dirfd)
os.mknod("node", 0o600 | stat.S_IFREG, dir_fd=dirfd)
os.close(dirfd)
print("dir_fd:", sorted(os.listdir(d)))
print("devices:", os.major(0x12345678abcd), os.minor(0x12345678abcd), os.makedev(0x1234, 0x56789),
      os.major(2**64 - 1), os.minor(2**64 - 1), os.makedev(1, 3) == os.stat(os.devnull).st_rdev)
for arg in (-1, 2**64, 1.5):
    try:
        os.major(arg)
    except (OverflowError, TypeError) as e:
        print("major", type(e).__name__, e)

print("pathconf:", os.pathconf(d, "PC_NAME_MAX"), os.pathconf(fd, os.pathconf_names["PC_NAME_MAX"]),
      os.fpathconf(fd, "PC_NAME_MAX"), os.fpathconf(w, "PC_PIPE_BUF"))
for name in ("PC_NOPE", 9999, 1.5):
    try:
        os.pathconf(d, name)
    except (OSError, TypeError, ValueError) as e:
        print("pathconf", type(e).__name__, e)
try:
    os.pathconf(os.path.join(d, "nope"), "PC_NAME_MAX")
except OSError as e:
    print("pathconf", type(e).__name__, e.errno, os.path.basename(e.filename))

try:
    os.setxattr(p, "user.test", b"value")
    ok = (os.getxattr(p, "user.test") == b"value" and "user.test" in os.listxattr(p)
          and "user.test" in os.listxattr(fd) and os.getxattr(fd, b"user.test") == b"value")
    os.removexattr(p, "user.test")
    print("xattr:", ok and "user.test" not in os.listxattr(p))
except OSError as e:
    print("xattr:", e.errno in (errno.ENOTSUP, errno.EPERM))
try:
    os.getxattr(p, "user.none")
except OSError as e:
    print("getxattr:", type(e).__name__, e.errno in (errno.ENODATA, errno.ENOTSUP), os.path.basename(e.filename))
try:
    os.getxattr(fd, "user.none", follow_symlinks=False)
except ValueError as e:
    print(e)

efd = os.eventfd(3)
os.eventfd_write(efd, 4)
print("eventfd:", os.eventfd_read(efd), os.get_inheritable(efd))
os.close(efd)
sem = os.eventfd(2, os.EFD_SEMAPHORE | os.EFD_NONBLOCK)
print("semaphore:", os.eventfd_read(sem), os.eventfd_read(sem))
try:
    os.eventfd_read(sem)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(sem)
try:
    os.eventfd(-1)
except ValueError as e:
    print("eventfd", e)
m = os.memfd_create("krait")
os.write(m, b"in memory")
print("memfd_create:", os.pread(m, 20, 0), os.get_inheritable(m))
os.close(m)
print("supports:", os.mkfifo in os.supports_dir_fd, os.mknod in os.supports_dir_fd,
      os.pathconf in os.supports_fd, os.execve in os.supports_fd, os.chmod in os.supports_fd)
for fd_ in (fd, out, r, w):
    os.close(fd_)
shutil.rmtree(d)
