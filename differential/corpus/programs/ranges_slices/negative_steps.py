s = "abcdefghij"
for start, stop, step in [(None, None, -1), (8, 2, -2), (-1, -5, -1), (None, 3, -3), (3, None, -1),
                          (100, -100, -4), (2, 8, -1), (-3, None, -2)]:
    sl = slice(start, stop, step)
    print(f"{str(sl):28} {s[sl]!r:14} {list(range(10))[sl]} {sl.indices(len(s))}")
r = range(10, -10, -3)
print(list(r), r[::-1], r[1:-1:2], list(r[::-2]), len(r[::4]))
lst = list(range(10))
lst[8:2:-2] = "abc"
print(lst)
del lst[::-3]
print(lst)
print(s[::-1][::-1] == s, s[-1::-1] == s[::-1], s[len(s)::-1] == s[::-1])
