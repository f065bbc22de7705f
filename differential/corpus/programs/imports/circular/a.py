print("a: start")
from . import b
print("a: after importing b, b.DONE =", getattr(b, "DONE", None))
A_DONE = True
