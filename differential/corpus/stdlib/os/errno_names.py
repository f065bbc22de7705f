# The errno module: names, values and errorcode (one name per number, as CPython picks it).
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35],
      errno.errorcode[95])
print(len(errno.errorcode), sum(1 for n in dir(errno) if n.startswith("E")))
print(sorted(errno.errorcode.items())[:8])
for name in ("EPIPE", "ENOTDIR", "EISDIR", "ETIMEDOUT", "ECONNREFUSED", "EINTR"):
    print(name, getattr(errno, name), OSError(getattr(errno, name), "x").__class__.__name__)
