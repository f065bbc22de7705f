# select: select() and poll() on pipes, timeouts, and CPython's argument errors.
import posix
import select

r, w = posix.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
posix.write(w, b"data")
print(select.select([r], [], [], 0.5)[0] == [r])

class Wrapped:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
wr = Wrapped(r)
print(select.select([wr], [], [])[0][0] is wr)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
names = {r: "r", w: "w"}
def show(events):
    return sorted((names[fd], ev) for fd, ev in events)
print(show(p.poll(0)))
print(posix.read(r, 10))
print(show(p.poll(10)))
p.modify(w, select.POLLIN)
print(show(p.poll(0)))
p.unregister(w)
posix.close(w)
print(show(p.poll(100)))
for call in [lambda: p.unregister(w), lambda: p.modify(w, 1),
             lambda: select.select([], [], [], -1), lambda: select.select([], [], [], "x"),
             lambda: select.select([-1], [], [], 0), lambda: select.select([object()], [], []),
             lambda: select.select(5, [], [])]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e.args[0] == w)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
posix.close(r)
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.error is OSError)
