# The event loop's own socket methods, protocols and datagram endpoints
import asyncio
import socket

class EchoProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        self.transport.write(data[::-1])
    def eof_received(self):
        self.transport.close()

class UdpEcho(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class UdpClient(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done
    def datagram_received(self, data, addr):
        self.done.set_result(data)

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"over sock_sendall")
    print(await loop.sock_recv(b, 100))
    buf = bytearray(5)
    await loop.sock_sendall(b, b"12345")
    print(await loop.sock_recv_into(a, buf), buf)
    a.close()
    b.close()

    server = await loop.create_server(EchoProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    s = socket.socket()
    s.setblocking(False)
    await loop.sock_connect(s, ("127.0.0.1", port))
    await loop.sock_sendall(s, b"protocol")
    print(await loop.sock_recv(s, 100))
    s.close()

    transport, proto = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    print(transport.get_extra_info("peername")[1] == port, transport.is_closing())
    transport.close()
    server.close()
    await server.wait_closed()

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    c = socket.socket()
    c.setblocking(False)
    connect = asyncio.ensure_future(loop.sock_connect(c, listener.getsockname()))
    conn, addr = await loop.sock_accept(listener)
    await connect
    print(addr == c.getsockname(), conn.getblocking())
    for x in (conn, c, listener):
        x.close()

    udp, _ = await loop.create_datagram_endpoint(UdpEcho, local_addr=("127.0.0.1", 0))
    addr = udp.get_extra_info("sockname")
    done = loop.create_future()
    client, _ = await loop.create_datagram_endpoint(lambda: UdpClient(done),
                                                    remote_addr=addr)
    client.sendto(b"datagram")
    print(await asyncio.wait_for(done, 5))
    client.close()
    udp.close()

    infos = await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    print(infos)

asyncio.run(main())
