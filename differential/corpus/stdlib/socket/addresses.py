# Address conversions and numeric name lookups (no network needed)
import socket

print(socket.inet_aton("127.0.0.1"), socket.inet_aton("10.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\xc0\xa8\x01\x02"))
print(socket.inet_pton(socket.AF_INET, "192.168.0.1"))
print(socket.inet_pton(socket.AF_INET6, "fe80::1:2"))
for packed in [b"\0" * 16, b"\0" * 10 + b"\xff\xff\x7f\0\0\1", bytes(range(16))]:
    print(socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_ntop(socket.AF_INET, b"\x08\x08\x04\x04"))
print(socket.htons(0x1234) == 0x3412, socket.ntohs(0x3412), socket.htonl(1), socket.ntohl(0x01000000))
for bad in [lambda: socket.inet_aton("300.1.1.1.1"), lambda: socket.inet_ntoa(b"abc"),
            lambda: socket.inet_pton(socket.AF_INET, "1.2.3"),
            lambda: socket.inet_ntop(socket.AF_INET, b"abc"),
            lambda: socket.inet_ntop(99, b"abcd"),
            lambda: socket.htons(-1), lambda: socket.htons(70000), lambda: socket.htonl(2**32),
            lambda: socket.ntohl("1")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
for family, kind, proto, canon, sa in socket.getaddrinfo("127.0.0.1", None, socket.AF_INET):
    print(family, kind, proto, repr(canon), sa)
print(socket.getnameinfo(("127.0.0.1", 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 22, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""))
try:
    socket.getaddrinfo("not an address", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print(type(e).__name__, e.errno == socket.EAI_NONAME, isinstance(e, OSError))
for bad in [lambda: socket.getaddrinfo(1, 2), lambda: socket.getaddrinfo("127.0.0.1", 1.5),
            lambda: socket.getnameinfo("127.0.0.1", 0),
            lambda: socket.getnameinfo(("127.0.0.1", 1, 2), 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(socket.herror, OSError), issubclass(socket.gaierror, OSError))
print(socket.error is OSError, socket.SocketType is socket._socket.socket)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
for bad in [-1, float("nan"), "1"]:
    try:
        socket.setdefaulttimeout(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_SPACE(1))
print(isinstance(socket.gethostname(), str), socket.AF_INET6, socket.SOMAXCONN > 0)
print(repr(socket.AF_UNIX), repr(socket.SOCK_DGRAM), socket.MsgFlag.MSG_PEEK)
