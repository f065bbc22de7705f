# select.select reads its lists as CPython's seq2set does: a list by index up to its current
# length (a fileno() method that shrinks it shortens the scan), any other iterable copied
# first; objects come back in the order given, the same object once per time it was given.
import os
import select
import sys


class Shrinking:
    def __init__(self, items, fd):
        self.items = items
        self.fd = fd

    def fileno(self):
        del self.items[-1]
        return self.fd

    def __repr__(self):
        return "Shrinking"


r, w = os.pipe()
os.write(w, b"x")

shrinking = []
shrinking[:] = [Shrinking(shrinking, w)] * 10
print(select.select([], shrinking, []), len(shrinking))

reader = os.fdopen(r, "rb", buffering=0)
writer = os.fdopen(w, "wb", buffering=0)
print(select.select([reader, reader], [writer], [], 0) == ([reader, reader], [writer], []))
print(select.select((reader,), iter([writer]), {}, 0) == ([reader], [writer], []))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("int list", lambda: select.select(3, [], [], 0))
attempt("bad fileno", lambda: select.select([object()], [], [], 0))
attempt("negative fd", lambda: select.select([-1], [], [], 0))
attempt("bad timeout first", lambda: select.select(3, [], [], "1"))
reader.close()
writer.close()

# select.poll is a function; the type of what it returns cannot be called
poll = select.poll()
print(type(select.poll).__name__, type(poll).__module__, type(poll).__name__)
attempt("type(poll)()", lambda: type(poll)())
attempt("select.poll(1)", lambda: select.poll(1))
attempt("object.__new__", lambda: type(poll).__new__(type(poll)))
