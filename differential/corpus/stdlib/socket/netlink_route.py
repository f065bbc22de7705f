# An rtnetlink dump of the network interfaces (RTM_GETLINK) through an AF_NETLINK socket, the
# messages parsed with struct; prints only what every Linux machine shares (the loopback
# interface is there), not indexes or addresses that vary.
import socket
import struct

NLMSG_DONE = 3
NLMSG_ERROR = 2
RTM_NEWLINK = 16
RTM_GETLINK = 18
NLM_F_REQUEST = 1
NLM_F_DUMP = 0x300
IFLA_IFNAME = 3

print(socket.AF_NETLINK, socket.NETLINK_ROUTE, socket.NETLINK_USERSOCK)
try:
    sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
except OSError as e:
    print("no netlink:", type(e).__name__, e.errno)
    raise SystemExit
with sock:
    print(sock.family == socket.AF_NETLINK, sock.type == socket.SOCK_RAW, sock.proto)
    print("unbound name:", sock.getsockname())
    sock.bind((0, 0))
    pid, groups = sock.getsockname()
    print("bound:", type(pid).__name__, pid > 0, groups)

    # struct nlmsghdr, then struct ifinfomsg
    body = struct.pack("=BxHiII", socket.AF_UNSPEC, 0, 0, 0, 0)
    header = struct.pack("=IHHII", 16 + len(body), RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP,
                         1, 0)
    print("sent:", sock.sendto(header + body, (0, 0)))

    names = []
    done = False
    senders = set()
    while not done:
        data, sender = sock.recvfrom(65536)
        senders.add(sender)
        at = 0
        while at + 16 <= len(data):
            length, kind, flags, seq, _ = struct.unpack_from("=IHHII", data, at)
            if kind == NLMSG_DONE:
                done = True
                break
            if kind == NLMSG_ERROR:
                print("error", struct.unpack_from("=i", data, at + 16)[0])
                done = True
                break
            if kind == RTM_NEWLINK:
                attr = at + 16 + 16
                while attr + 4 <= at + length:
                    alen, atype = struct.unpack_from("=HH", data, attr)
                    if alen < 4:
                        break
                    if atype == IFLA_IFNAME:
                        names.append(data[attr + 4:attr + alen].rstrip(b"\0").decode())
                    attr += (alen + 3) & ~3
            at += (length + 3) & ~3
    print("senders:", sorted(senders))
    print("lo present:", "lo" in names, "all str:", all(isinstance(n, str) for n in names))

    # the address forms the family refuses
    for bad in ["x", (1,), (1, 2, 3), ("a", 1), (1.5, 2)]:
        try:
            sock.sendto(b"", bad)
        except TypeError as e:
            print(repr(bad), "->", type(e).__name__, e)
