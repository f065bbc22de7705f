# Closing a generator suspended in "yield from": an error raised while looking up the
# delegate's close() (other than AttributeError) goes to sys.unraisablehook and the close goes
# on; the same error from send() propagates.
import sys


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, attr):
        1 / 0

    def __repr__(self):
        return "<Broken>"


class NoClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 2


def g(it):
    try:
        yield from it
    finally:
        print("finally ran")


seen = []
sys.unraisablehook = lambda u: seen.append(
    (u.exc_type.__name__, str(u.exc_value), u.object, u.err_msg))
gi = g(Broken())
print(next(gi))
print(gi.close(), gi.gi_frame)
print(seen)

gi = g(Broken())
next(gi)
try:
    gi.send(1)
except ZeroDivisionError as e:
    print("send:", type(e).__name__, e)

gi = g(NoClose())
print(next(gi), gi.close(), seen[1:])
