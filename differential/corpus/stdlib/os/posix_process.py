# posix's process-level functions: pipes, dup2, environ (bytes), strerror, wait statuses.
import posix

r, w = posix.pipe()
print("pipe inheritable:", posix.get_inheritable(r), posix.get_inheritable(w))
print(posix.write(w, b"through the pipe"), posix.read(r, 7), posix.read(r, 100))
copy = posix.dup(w)
posix.write(copy, b"via dup")
posix.close(copy)
print(posix.read(r, 100))
print("blocking:", posix.get_blocking(r))
posix.set_blocking(r, False)
print("non-blocking:", posix.get_blocking(r))
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
posix.close(r)
posix.close(w)
try:
    posix.write(w, b"x")
except OSError as e:
    print(type(e).__name__, e)

env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
print(b"PATH" in env)
for code in (1, 2, 13, 17, 22, 110):
    print(code, posix.strerror(code))
for status in (0, 256, 512 + 0, 9, 15):
    print(status, posix.waitstatus_to_exitcode(status))
print(posix.fspath("plain"), posix.fspath(b"bytes"))
class P:
    def __fspath__(self):
        return "from __fspath__"
print(posix.fspath(P()))
try:
    posix.fspath(3)
except TypeError as e:
    print(e)
print(posix.uname().sysname, len(posix.uname()), posix.cpu_count() > 0)
print(posix.getuid() == posix.geteuid() or True, type(posix.getpid()).__name__)
old = posix.umask(0o22)
print("umask restored:", posix.umask(old) == 0o22)
print(len(posix.urandom(16)), posix.urandom(0))
print(posix.device_encoding(posix.open("/dev/null", posix.O_RDONLY)))
print("HAVE_FSTATAT" in posix._have_functions, "HAVE_OPENAT" in posix._have_functions)
