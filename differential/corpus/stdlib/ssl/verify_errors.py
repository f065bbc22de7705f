# What failing verification, bad keys and bad files look like
import os
import socket
import ssl
import threading

CERTS = os.path.join(os.path.dirname(ssl.__file__), "test", "certdata")

def attempt(server_cert, cafile, hostname):
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(os.path.join(CERTS, server_cert))
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if cafile:
        client_ctx.load_verify_locations(os.path.join(CERTS, cafile))
    a, b = socket.socketpair()
    def serve():
        try:
            server_ctx.wrap_socket(a, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass
        a.close()
    t = threading.Thread(target=serve)
    t.start()
    try:
        with client_ctx.wrap_socket(b, server_hostname=hostname) as tls:
            print("ok", tls.version(), tls.getpeercert()["subject"][-1])
    except ssl.SSLCertVerificationError as e:
        print(type(e).__name__, e.verify_code, e.verify_message)
        print(" ", e)
        print(" ", e.library, e.reason, e.args[0], isinstance(e, ValueError))
    b.close()
    t.join()

attempt("keycert.pem", None, "localhost")
attempt("keycert3.pem", "pycacert.pem", "wronghost")
attempt("keycert3.pem", "pycacert.pem", "127.0.0.1")
attempt("keycert3.pem", "pycacert.pem", "localhost")
attempt("keycert3.pem", "pycacert.pem", "LOCALHOST")

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
for args in [("keycert.passwd.pem", None, "wrong password"),
             ("keycert.passwd.pem", None, "somepass"),
             ("keycert.passwd.pem", None, lambda: "somepass"),
             ("keycert.passwd.pem", None, b"somepass"),
             ("nonexistent.pem",),
             ("keycert.pem", "keycert2.pem")]:
    paths = [os.path.join(CERTS, a) if isinstance(a, str) and a.endswith(".pem") else a
             for a in args]
    try:
        ctx.load_cert_chain(*paths)
        print("loaded", args[0])
    except ssl.SSLError as e:
        print(type(e).__name__, e)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    ctx.load_cert_chain(os.path.join(CERTS, "keycert.passwd.pem"), password=lambda: 42)
except TypeError as e:
    print("TypeError", e)
try:
    ctx.load_verify_locations(cadata="not a certificate")
except ssl.SSLError as e:
    print(type(e).__name__, e)
try:
    ctx.load_verify_locations()
except TypeError as e:
    print("TypeError", e)
c = ssl.create_default_context()
try:
    c.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError", e)
c.check_hostname = False
c.verify_mode = ssl.CERT_NONE
print(c.verify_mode, c.check_hostname, ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).verify_mode)
print(ssl._ssl.txt2obj("1.3.6.1.5.5.7.3.1"), ssl.Purpose.CLIENT_AUTH)
print(ssl._ssl.nid2obj(13))
print(ssl.TLSVersion.TLSv1_3 > ssl.TLSVersion.TLSv1_2, ssl.Options.OP_NO_TLSv1_3 in ssl.Options(ssl.OP_ALL | ssl.OP_NO_TLSv1_3))
print(ssl._ssl._test_decode_cert(os.path.join(CERTS, "keycert.pem"))["subject"])
