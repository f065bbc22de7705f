# bytes/bytearray find, count, split and hex separators at their edges.
for t in (bytes, bytearray):
    b = t(b'abc')
    print(b.find(b'', 4), b.rfind(b'', 4), b.count(b'', 4), b.find(b'', 3), b.count(b'', 3))
    print(b.startswith(b'', 4), b.endswith(b'', 3), b.find(b'', -1), b.count(b'', 10))
    s = t(b'  a    b   ')
    print(s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0))
    print(t(b'abbbc').rsplit(b'bb'), t(b'abbbc').split(b'bb'), t(b'a|b|c').rsplit(b'|', 1))
    h = t(b'\xb9\x01\xef')
    print(h.hex(':'), h.hex(b'$', 2), h.hex(':', -2), h.hex('\x00'))
    for sep in ('', 'xx', '\xff', b'\xff', chr(0x100), None, 5):
        try:
            print(h.hex(sep))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

a = b'123abc1@'
print(a * 1 is a, 1 * a is a, a * 2 is a)
t = (1, 2)
e = ()
print(t * 1 is t, 1 * t is t, e * 5 is e)
ba = bytearray(b'abcdef')
ba[::2] = b''
print(ba)


class Boom:
    def __index__(self):
        ba.clear()
        return 0


ba = bytearray(b'Now')
try:
    ba[0] = Boom()
except IndexError as e:
    print("IndexError", e)
