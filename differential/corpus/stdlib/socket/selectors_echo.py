# A single-threaded echo server multiplexed with selectors.DefaultSelector
import selectors
import socket

sel = selectors.DefaultSelector()
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, data="listener")
addr = srv.getsockname()

clients = []
for i in range(3):
    c = socket.create_connection(addr)
    c.sendall(b"message %d" % i)
    c.shutdown(socket.SHUT_WR)
    clients.append(c)

open_conns = 0
accepted = 0
replies = []
while accepted < 3 or open_conns:
    for key, events in sel.select(timeout=5):
        if key.data == "listener":
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data=bytearray())
            accepted += 1
            open_conns += 1
        else:
            conn = key.fileobj
            chunk = conn.recv(1024)
            if chunk:
                key.data.extend(chunk)
            else:
                sel.unregister(conn)
                conn.sendall(bytes(key.data).upper())
                conn.close()
                open_conns -= 1

for c in clients:
    replies.append(c.recv(100))
    c.close()
print(sorted(replies))
print(len(sel.get_map()), sel.get_key(srv).events == selectors.EVENT_READ)
sel.modify(srv, selectors.EVENT_READ | selectors.EVENT_WRITE)
print(sel.get_key(srv).events)
sel.unregister(srv)
try:
    sel.unregister(srv)
except KeyError as e:
    print("KeyError", type(e).__name__)
srv.close()
sel.close()

# the other selector classes on a socketpair
a, b = socket.socketpair()
for cls in [selectors.SelectSelector, selectors.PollSelector,
            getattr(selectors, "EpollSelector", selectors.PollSelector)]:
    with cls() as s:
        s.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE)
        ready = s.select(0)
        print([ev for _, ev in ready])
        b.send(b"x")
        ready = s.select(1)
        print([ev for _, ev in ready])
        a.recv(1)
a.close()
b.close()
