s = "Hello, World"
print(s, len(s), s[0], s[-1], s[3:8], s[::-1], s[::2], s[100:], s[-100:2])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "x" * -1)
print("World" in s, "world" in s, "" in s, "lo, W" not in s)
print(s == "Hello, World", s < "Help", "a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc")
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("xy"))
for ch in "héllo":
    print(ch, ord(ch), end=" | ")
print()
print(str(), str(12), str(1.5), str(None), str([1, "a"]), str(b"x"), str("x"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\x00\x7f"))
print(repr("é"), repr("\u200b"), repr("\U0001f600"), ascii("é😀"), repr("\\"))
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = "h"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
print(hash("") == 0, "abc".__len__(), "abc".__getitem__(1), "abc".__contains__("c"))
