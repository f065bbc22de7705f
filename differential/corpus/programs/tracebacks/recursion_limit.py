# Unbounded recursion: RecursionError at the default limit of 1000 frames; the traceback
# shows three frames and "[Previous line repeated 996 more times]".
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
import sys
def down(n):
    return down(n + 1)
print(sys.getrecursionlimit())
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(500))
down(0)
