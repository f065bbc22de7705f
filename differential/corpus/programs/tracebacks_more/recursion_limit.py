# RecursionError at the default limit, and deep recursion after raising the limit.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def forever(n):
    return forever(n + 1)
print(sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(10000)
print(depth(9000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("again", e)
forever(0)
