# logging.handlers over sockets: SocketHandler (TCP, pickled records) and DatagramHandler (UDP)
import logging
import logging.handlers
import pickle
import socket
import struct
import threading

def read_records(conn, count, out):
    f = conn.makefile("rb")
    for _ in range(count):
        size = struct.unpack(">L", f.read(4))[0]
        record = logging.makeLogRecord(pickle.loads(f.read(size)))
        out.append((record.name, record.levelname, record.getMessage()))
    f.close()

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
received = []
def serve():
    conn, _ = srv.accept()
    with conn:
        read_records(conn, 3, received)
t = threading.Thread(target=serve)
t.start()

logger = logging.getLogger("corpus.tcp")
logger.propagate = False
logger.setLevel(logging.DEBUG)
handler = logging.handlers.SocketHandler("127.0.0.1", port)
logger.addHandler(handler)
logger.info("hello %s", "socket")
logger.warning("count=%d", 42)
logger.debug("last one")
t.join()
handler.close()
srv.close()
print(received)

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
udp.settimeout(5)
dlog = logging.getLogger("corpus.udp")
dlog.propagate = False
dh = logging.handlers.DatagramHandler("127.0.0.1", udp.getsockname()[1])
dlog.addHandler(dh)
dlog.error("over %s", "udp")
data = udp.recv(65536)
rec = logging.makeLogRecord(pickle.loads(data[4:]))
print(struct.unpack(">L", data[:4])[0] == len(data) - 4, rec.name, rec.levelname, rec.getMessage())
dh.close()
udp.close()

# a handler whose peer is gone drops records instead of raising
gone = socket.socket()
gone.bind(("127.0.0.1", 0))
free = gone.getsockname()[1]
gone.close()
lost = logging.handlers.SocketHandler("127.0.0.1", free)
lost.retryStart = 100.0
xlog = logging.getLogger("corpus.lost")
xlog.propagate = False
xlog.addHandler(lost)
xlog.error("nobody listens")
print(lost.sock)
lost.close()
