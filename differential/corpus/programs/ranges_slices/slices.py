s = list(range(10))
print(s[2:8:2], s[-3:], s[:-3], s[::-1], s[8:2:-2], s[-1:-5:-1], s[100:], s[-100::50])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, s[sl], "abcdefghij"[sl], (0, 1, 2, 3, 4, 5, 6, 7)[sl])
print(slice(5), slice(None), slice(1, None, -1), repr(slice("a", "b")))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-20, 20).indices(10), slice(5, 1, -2).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2))
    print("slices hash in 3.12 only")
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[1:2:3], q[::], q[1, 2], q[1:2, ::3], q[...], q[:, None])
t = "hello world"
print(t[::3], t[-5:], t[:-6:-1], t[3:3], t[6:2], t[-2:-8:-2])
