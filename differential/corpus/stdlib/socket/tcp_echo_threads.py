# A threaded TCP echo server on the loopback, several clients, makefile and create_connection
import errno
import socket
import threading

FLIP = bytes(255 - i for i in range(256))

def serve(srv, count, log):
    for _ in range(count):
        conn, peer = srv.accept()
        with conn:
            log.append(peer[0])
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data.translate(FLIP))

srv = socket.create_server(("127.0.0.1", 0))
host, port = srv.getsockname()
print(host, type(port).__name__, port > 0, srv.type, srv.family)
log = []
t = threading.Thread(target=serve, args=(srv, 3, log))
t.start()

with socket.create_connection((host, port), timeout=10) as c:
    print(c.getpeername() == (host, port), c.gettimeout())
    for word in [b"alpha", b"beta", b"gamma"]:
        c.sendall(word)
        print(c.recv(100))

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect((host, port))
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    big = bytes(range(256)) * 2000
    c.sendall(big)
    c.shutdown(socket.SHUT_WR)
    got = bytearray()
    while chunk := c.recv(65536):
        got += chunk
    print(len(got), bytes(got) == big.translate(FLIP))

with socket.create_connection((host, port)) as c:
    f = c.makefile("rwb", buffering=0)
    f.write(b"xyz")
    print(f.read(3))
    f.close()

t.join()
srv.close()
print(log)
print(srv.fileno())

# a refused connection
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", free_port)) == errno.ECONNREFUSED)
c.close()
try:
    socket.create_connection(("127.0.0.1", free_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
