# sendmsg/recvmsg: scatter/gather data and a file descriptor passed with SCM_RIGHTS
import array
import os
import socket

a, b = socket.socketpair()
print(a.sendmsg([b"one ", b"two ", b"three"]))
print(b.recvmsg(100))
a.sendmsg([b"into"])
bufs = [bytearray(2), bytearray(10)]
n, anc, flags, addr = b.recvmsg_into(bufs)
print(n, bufs, anc, flags, addr)

r, w = os.pipe()
socket.send_fds(a, [b"fd follows"], [r])
msg, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(msg, len(fds), flags)
os.write(w, b"through the passed descriptor")
print(os.read(fds[0], 100))
for fd in (r, w, *fds):
    os.close(fd)

a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [a.fileno()]))])
data, anc, flags, _ = b.recvmsg(10, socket.CMSG_SPACE(4))
print(data, [(lvl, typ, len(d)) for lvl, typ, d in anc], flags)
os.close(array.array("i", anc[0][2])[0])
try:
    b.recvmsg(-1)
except ValueError as e:
    print("ValueError", e)
a.close()
b.close()
