# marshal: every data type round-trips, the bytes CPython writes, and its errors for bad data.
import marshal
vals = [None, True, False, ..., 0, -1, 2**31 - 1, 2**31, -2**40, 10**50, 1.5, -0.0, float('inf'), 1+2j, 'abc', 'a b', '', 'é€😀', '\udc80',
        b'xy', (), (1, 'a'), [1, [2]], {'k': (1, 2)}, frozenset([3]), {4}, StopIteration, 'x' * 300]
for v in vals:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(repr(v)[:40], back == v or v != v, marshal.loads(marshal.dumps(v, 2)) == v)
for bad in [b'', b'i\x01', b'?', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x00', b'[\x02\x00\x00\x00N']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
import io
f = io.BytesIO(marshal.dumps(5) + marshal.dumps('z'))
print(marshal.load(f), marshal.load(f))
print(marshal.dumps((1, "abc", 2.5, b"x")), marshal.dumps([1, {"a": None}]), marshal.version)
