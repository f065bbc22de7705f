# UDP datagrams on the loopback: sendto/recvfrom, recvfrom_into, connected datagram sockets
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
addr = server.getsockname()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(5)
for msg in [b"ping", b"", b"x" * 1000]:
    client.sendto(msg, addr)
    data, peer = server.recvfrom(2048)
    print(len(data), data[:8], peer[1] == client.getsockname()[1])
    server.sendto(data.upper(), peer)
    print(client.recv(2048)[:8])

buf = bytearray(16)
client.sendto(b"into a buffer", 0, addr)
n, peer = server.recvfrom_into(buf)
print(n, bytes(buf[:n]), peer[0])
client.sendto(b"truncated datagram", addr)
print(server.recv(9))

client.connect(addr)
print(client.getpeername() == addr)
client.send(b"connected")
print(server.recvfrom(100)[0])
try:
    server.recvfrom_into(bytearray(2), 5)
except ValueError as e:
    print("ValueError", e)
try:
    client.sendto(b"x", "not an address")
except TypeError as e:
    print("TypeError", e)
try:
    client.sendto(b"x", ("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError", e)
try:
    client.sendto(b"x")
except TypeError as e:
    print("TypeError", e)
server.settimeout(0.01)
try:
    server.recvfrom(10)
except socket.timeout as e:
    print("timeout", e)
client.close()
server.close()
