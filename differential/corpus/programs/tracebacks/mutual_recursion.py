# RecursionError through two functions calling each other: the repeated pair of frames
# is printed three times, then "[Previous line repeated N more times]".
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print("bouncing")
ping(0)
