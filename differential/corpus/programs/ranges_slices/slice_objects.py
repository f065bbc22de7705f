s = slice(2, 10, 3)
data = list(range(20))
print(data[s], data[2:10:3] == data[s], s.indices(len(data)), s.indices(5))
print(slice(None, None, None).indices(3), slice(-1, None, -1).indices(4), slice(10, -10, -3).indices(8))
for sl in [slice(1, 3), slice(-3, None), slice(None, None, -2), slice(5, 1, -1), slice(0, 0)]:
    print(sl, "abcdefg"[sl], tuple(range(7))[sl], list(range(7))[sl])
lst = list("abcdefgh")
lst[slice(1, 7, 2)] = ["X"] * 3
print(lst)
del lst[slice(None, None, 3)]
print(lst)
class Show:
    def __getitem__(self, item):
        return type(item).__name__, item
    def __setitem__(self, item, value):
        print("set", item, value)
    def __delitem__(self, item):
        print("del", item)
sh = Show()
print(sh[::], sh[1:], sh[:, 1], sh[1:2, 3:4])
sh[1:2] = "v"
del sh[::2]
print(slice(1, 2, 3).start, slice(1).stop, slice(1).start, slice(None).step)
