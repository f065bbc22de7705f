# RecursionError through two functions calling each other, under a lowered recursion limit:
# the frames alternate, so none repeats the line before it and all of them are printed.
import sys
sys.setrecursionlimit(50)
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print("bouncing")
ping(0)
