# An in-memory TLS handshake between two SSLObjects over MemoryBIOs, as asyncio's sslproto does
import os
import ssl

CERTS = os.path.join(os.path.dirname(ssl.__file__), "test", "certdata")
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "keycert.pem"))
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(os.path.join(CERTS, "keycert.pem"))

c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
client = client_ctx.wrap_bio(c_in, c_out, server_hostname="localhost")
server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
print(type(client).__name__, client.server_side, server.server_side, client.version())

def pump():
    moved = 0
    for src, dst in ((c_out, s_in), (s_out, c_in)):
        data = src.read()
        moved += len(data)
        dst.write(data)
    return moved

done = set()
for _ in range(10):
    for name, obj in (("client", client), ("server", server)):
        if name in done:
            continue
        try:
            obj.do_handshake()
            done.add(name)
        except ssl.SSLWantReadError:
            pass
    if not pump() and len(done) == 2:
        break
print(sorted(done), client.version(), server.version())
print(client.getpeercert()["subject"][-1], server.getpeercert())
client.write(b"ping from client")
pump()
print(server.read(100), server.pending())
server.write(b"pong")
pump()
print(client.read(2), client.read(10))
try:
    client.read(10)
except ssl.SSLWantReadError as e:
    print(type(e).__name__, e.args[0], isinstance(e, ssl.SSLError), isinstance(e, OSError))
c_in.write_eof()
try:
    client.read(10)
except ssl.SSLEOFError as e:
    print(type(e).__name__, e.args[0], e.library, e.reason)
print(c_in.eof, c_in.pending, ssl.MemoryBIO().eof)
