ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
ba.insert(0, 65)
ba.remove(ord("Z"))
print(ba, ba.find(b"l"), ba.index(b"o"), ba.count(b"Y"), ba.reverse(), ba)
ba += b"!!"
print(ba, ba * 2, ba.upper(), bytes(ba), bytearray(3), bytearray([1, 2]), bytearray(b"x") == b"x")
for bad in [lambda: ba.__setitem__(0, 300), lambda: ba.append("x"), lambda: ba.remove(0),
            lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 1), 5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(e)
ba.clear()
print(ba, repr(bytearray(b"'q'")), bytearray.fromhex("0a0b"), bytearray(b"ab").hex())
c = bytearray(b"abc")
c[::2] = b"XY"
print(c, c.copy(), c.decode(), c.isupper(), c.zfill(6), c.title())
