# io.StringIO and io.BytesIO: reading past an over-seek, pickling and copying their state
# (__getstate__/__setstate__), and the errors __setstate__ gives for a bad state.
import io, pickle, copy
s = io.StringIO("1234567890\n" * 3)
s.seek(100)
print(list(s), repr(s.read()), s.readline())
s.x = 5
t = pickle.loads(pickle.dumps(s))
print(t.getvalue(), t.tell(), t.x)
b = io.BytesIO(b"abc"); b.y = 1; b.seek(2)
c = copy.copy(b); print(c.getvalue(), c.tell(), c.y)
b.seek(10); b.write(b""); print(b.getvalue())
for bad in [(1,), ("a", None, "x", None), ("a", None, -1, None), ("a", None, 0, 5)]:
    try: io.StringIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [(1,), (b"a", "x", None), (b"a", -1, None), (b"a", 0, 5), ("s", 0, None)]:
    try: io.BytesIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
u = io.StringIO(newline=None); u.__setstate__(("a\r\nb", None, 1, {"k": 2})); print(repr(u.getvalue()), u.tell(), u.k)
