# bytes and bytearray count/find/index/rfind with one-byte needles (as bytes and as ints) and
# longer ones, over ranges, including needles absent, at the ends and overlapping.
data = bytes(range(256)) * 3 + b"abcabcab"
ba = bytearray(data)
for obj in (data, ba):
    for needle in (b"\x01", 1, b"a", ord("c"), b"\xff", b"ab", b"abc", b"bca", b"cab", b"",
                   b"\x00\x01\x02", b"zz", 200):
        print(obj.count(needle), obj.find(needle), obj.rfind(needle),
              obj.count(needle, 10, 300), obj.find(needle, 500), obj.find(needle, -5),
              obj.count(needle, -20, -2))
print(b"aaaa".count(b"aa"), b"aaaa".find(b"aa", 1), b"".count(b""), b"abc".count(b"", 1),
      b"abc".find(b"", 4), b"abc".find(b"", 3))
try:
    b"abc".index(b"d")
except ValueError as e:
    print(e)
try:
    b"abc".count(256)
except ValueError as e:
    print(e)
