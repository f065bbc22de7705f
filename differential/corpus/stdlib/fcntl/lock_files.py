# A lock file as tools keep one: flock and lockf on a temporary file, shared and exclusive,
# blocking and not, plus descriptor flags through fcntl (non-blocking pipes, close-on-exec).
import array
import errno
import fcntl
import os
import tempfile

print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_SETFL,
      fcntl.FD_CLOEXEC, fcntl.F_SETLK, fcntl.F_SETLKW, fcntl.F_RDLCK, fcntl.F_WRLCK)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'app.lock')
    with open(path, 'w') as f:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        print('flock exclusive: held')
        # A second open file description conflicts with the first one's flock.
        with open(path, 'w') as g:
            try:
                fcntl.flock(g.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                print('second flock:', type(e).__name__, e.errno == errno.EWOULDBLOCK)
        fcntl.flock(f, fcntl.LOCK_UN)
        fcntl.flock(f, fcntl.LOCK_SH)
        fcntl.flock(f, fcntl.LOCK_UN)
        print('flock shared then unlocked')
        f.write('pid 1234\n')
        f.flush()
        fcntl.lockf(f, fcntl.LOCK_EX)
        fcntl.lockf(f, fcntl.LOCK_UN)
        fcntl.lockf(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 4, 2, os.SEEK_SET)
        fcntl.lockf(f.fileno(), fcntl.LOCK_UN, 4, 2)
        print('lockf ranges ok')
    with open(path, 'rb') as f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            print('write lock on a read-only file:', e.errno == errno.EBADF)

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print('nonblocking before:', bool(flags & os.O_NONBLOCK))
print(fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print('nonblocking after:', bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('empty pipe read:', e.errno == errno.EAGAIN)
print('cloexec:', fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, 0)
print('cloexec cleared:', fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
dup = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, 100)
print('dup at least 100:', dup >= 100)
os.close(dup)
os.write(w, b'hello')
FIONREAD = 0x541B
buf = array.array('i', [0])
print('ioctl FIONREAD:', fcntl.ioctl(r, FIONREAD, buf), buf[0])
print('ioctl bytes:', fcntl.ioctl(r, FIONREAD, b'\0' * 4))
print('ioctl no mutate:', fcntl.ioctl(r, FIONREAD, bytearray(4), False), len(buf))
os.close(r)
os.close(w)

for call in [lambda: fcntl.fcntl(-1, fcntl.F_GETFL),
             lambda: fcntl.fcntl('x', fcntl.F_GETFL),
             lambda: fcntl.fcntl(2 ** 40, fcntl.F_GETFL),
             lambda: fcntl.fcntl(r, fcntl.F_GETFL),
             lambda: fcntl.fcntl(0, fcntl.F_GETFL, 1.5),
             lambda: fcntl.fcntl(0, fcntl.F_GETFL, 'x' * 1025),
             lambda: fcntl.ioctl(0, FIONREAD, b'x' * 1025),
             lambda: fcntl.ioctl(0, FIONREAD, 2 ** 31),
             lambda: fcntl.flock(r, fcntl.LOCK_SH),
             lambda: fcntl.lockf(0, 0),
             lambda: fcntl.lockf(0, fcntl.LOCK_SH, 2 ** 63),
             lambda: fcntl.lockf(0, fcntl.LOCK_SH, 0, 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(fcntl.fcntl.__text_signature__, fcntl.ioctl.__text_signature__)
print(fcntl.lockf.__text_signature__, fcntl.flock.__text_signature__)
