# socketpair: send/recv, sendall, recv_into, makefile, shutdown and the errors on the way
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, b.getsockname() == "")
print(a.getblocking(), a.gettimeout(), a.timeout)
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
buf = bytearray(8)
a.send(b"abcdefgh")
print(b.recv_into(buf, 4), buf)
print(b.recv_into(memoryview(buf)[4:]), bytes(buf))
for bad in (lambda: b.recv(-1), lambda: b.recv_into(bytearray(2), 5),
            lambda: b.recv_into(b"immutable"), lambda: a.send("text")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# files over a socket
wf = a.makefile("w", encoding="utf-8", newline="\n")
rf = b.makefile("r", encoding="utf-8")
for i in range(3):
    print(f"line {i}", file=wf)
wf.flush()
print([rf.readline() for _ in range(3)])
wf.close()
rf.close()

# the peer's shutdown ends the stream
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.sendall(b"still open the other way")
print(a.recv(100))

# non-blocking: nothing to read is an error, not a wait
a.close()
b.close()
a, b = socket.socketpair()
b.setblocking(False)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
b.settimeout(0.05)
print(b.gettimeout())
try:
    b.recv(1)
except TimeoutError as e:
    print(type(e).__name__, e, e.errno, socket.timeout is TimeoutError)

fd = a.detach()
print(a.fileno(), fd > 2)
socket.close(fd)
b.close()
b.close()
print(b.fileno())
try:
    b.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

# with-statement and dgram pairs
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
with x, y:
    x.send(b"one")
    x.send(b"two")
    print(y.recv(10), y.recv(10), x.type)
print(x.fileno(), y.fileno())
