# socketserver: threading TCP and UDP servers with request handlers
import socket
import socketserver
import threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

class Reverse(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

with Server(("127.0.0.1", 0), Upper) as server:
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    addr = server.server_address
    for words in (["a line\n", "another\n"], ["third client\n"]):
        with socket.create_connection(addr) as c:
            f = c.makefile("rw", encoding="ascii", newline="\n")
            for w in words:
                f.write(w)
                f.flush()
                print(f.readline(), end="")
            f.close()
    server.shutdown()
    t.join()
print("tcp done", server.socket.fileno() >= 0)
print(server.socket.fileno())

with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as udp:
    t = threading.Thread(target=udp.handle_request)
    t.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.settimeout(5)
    c.sendto(b"datagram", udp.server_address)
    print(c.recv(100))
    c.close()
    t.join()
print("udp done")
