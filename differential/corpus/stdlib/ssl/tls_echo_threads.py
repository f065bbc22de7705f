# A TLS echo server and client on the loopback, in threads, with CPython's test certificates
import os
import socket
import ssl
import threading

CERTS = os.path.join(os.path.dirname(ssl.__file__), "test", "certdata")
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "keycert3.pem"))
client_ctx = ssl.create_default_context(cafile=os.path.join(CERTS, "pycacert.pem"))
print(client_ctx.verify_mode, client_ctx.check_hostname, client_ctx.minimum_version)

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
log = []

def serve():
    conn, _ = srv.accept()
    with server_ctx.wrap_socket(conn, server_side=True) as tls:
        log.append(("server", tls.version(), tls.server_side))
        while True:
            data = tls.recv(4096)
            if not data:
                break
            tls.sendall(data.upper())

t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port)) as raw:
    with client_ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        print(tls.version(), tls.server_hostname, tls.server_side)
        name, version, bits = tls.cipher()
        print(version, bits)
        cert = tls.getpeercert()
        print(cert["subject"])
        print(cert["issuer"])
        print(cert["subjectAltName"], cert["notAfter"], cert["serialNumber"])
        print(len(tls.getpeercert(True)) > 500)
        for msg in [b"hello", b"tls over the loopback", b"x" * 50000]:
            tls.sendall(msg)
            got = b""
            while len(got) < len(msg):
                got += tls.recv(65536)
            print(len(got), got[:25])
        tls.unwrap() if False else None
t.join()
srv.close()
print(log)
