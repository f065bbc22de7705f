# AF_UNIX stream and datagram sockets on a file path and in the abstract namespace
import os
import socket
import tempfile
import threading

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "echo.sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)
    print(os.path.basename(srv.getsockname()), os.path.exists(path))

    def serve():
        conn, peer = srv.accept()
        peers.append(peer)
        with conn:
            conn.sendall(conn.recv(100) * 2)

    peers = []
    t = threading.Thread(target=serve)
    t.start()
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    print(os.path.basename(c.getpeername()))
    c.sendall(b"unix!")
    print(c.recv(100))
    t.join()
    print("peers", peers)
    c.close()
    srv.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing.sock"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)

    dpath = os.fsencode(os.path.join(d, "dgram.sock"))
    r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    r.bind(dpath)
    w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    w.sendto(b"to a bytes path", dpath)
    data, sender = r.recvfrom(100)
    print(data, repr(sender))
    print(type(r.getsockname()).__name__)
    r.close()
    w.close()

name = b"\0krait-corpus-%d" % os.getpid()
a = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
a.bind(name)
print(a.getsockname() == name)
a.close()
try:
    socket.socket(socket.AF_UNIX).bind("x" * 200)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(socket.AF_UNIX).bind(42)
except TypeError as e:
    print(type(e).__name__, e)
