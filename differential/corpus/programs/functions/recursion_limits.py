import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), sys.getrecursionlimit())
def count_frames(n=0):
    try:
        return count_frames(n + 1)
    except RecursionError:
        return n
d = count_frames()
print(900 < d < 1000)
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(5000)
print(depth(4000))
sys.setrecursionlimit(1000)
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(800))
try:
    mutual_a(10 ** 6)
except RecursionError as e:
    print("mutual", e)
print(depth(100))
