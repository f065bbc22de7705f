# Recursion folding: "[Previous line repeated N more times]".
def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)
def ping(n):
    return pong(n)
def pong(n):
    if n == 0:
        raise KeyError("end")
    return ping(n - 1)
import traceback
for n in (2, 3, 4, 10):
    try:
        down(n)
    except ValueError:
        traceback.print_exc()
try:
    ping(6)
except KeyError:
    traceback.print_exc()
down(30)
