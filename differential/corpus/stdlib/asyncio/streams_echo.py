# asyncio streams: start_server/open_connection on 127.0.0.1, line protocol, several clients
import asyncio

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    count = 0
    while line := await reader.readline():
        count += 1
        writer.write(line.upper())
        await writer.drain()
    writer.write(f"bye after {count} lines\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    served.append((peer[0], count))

served = []

async def client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.write_eof()
    replies.append((await reader.readline()).decode().strip())
    print("eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return replies

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), len(server.sockets))
    results = await asyncio.gather(client(port, ["hello", "world"]),
                                   client(port, ["one"]), client(port, []))
    for r in results:
        print(r)
    while len(served) < 3:
        await asyncio.sleep(0.001)
    print(sorted(served))
    server.close()
    await server.wait_closed()
    print(server.is_serving())

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)

    # readexactly / readuntil on a socketpair-backed stream
    import socket
    a, b = socket.socketpair()
    r, w = await asyncio.open_connection(sock=a)
    b.sendall(b"header:12345|rest")
    print(await r.readuntil(b":"), await r.readexactly(5), await r.read(1))
    b.close()
    try:
        await r.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    w.close()
    await w.wait_closed()

asyncio.run(main())
