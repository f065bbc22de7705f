s = "Python Programming"
print(s[0], s[-1], s[7], s[:6], s[7:], s[-11:], s[::3], s[::-1], s[5:0:-1], s[-1:-6:-2])
for i in range(0, len(s), 5):
    print(i, repr(s[i:i + 5]))
print(s[100:], s[-100:3], s[3:3], s[5:2], s[::len(s)], s[slice(2, 8, 2)])
print([s[i] for i in range(-3, 0)], s.index("P", 1), s[s.index(" ") + 1:])
try:
    s[len(s)]
except IndexError as e:
    print(e)
try:
    s[1:2] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
u = "日本語テキスト😀"
print(u[2], u[-1], u[1:4], len(u), u[::-1], u.find("テ"), u[::2])
