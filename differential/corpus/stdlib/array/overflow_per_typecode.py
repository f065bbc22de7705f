# Every type code against values at and beyond its C range: the stored value or the exact
# OverflowError/TypeError CPython raises, for the constructor, append, item and slice paths.
import array


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Floaty:
    def __float__(self):
        return 2.5


values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535,
          65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, -10**30, True, Index(300), Index(-5),
          1.5, 1e300, -0.0, float("inf"), Floaty(), "x", "xy", None, b"a"]


def show(v):
    return type(v).__name__ if isinstance(v, (Index, Floaty)) else repr(v)


for code in array.typecodes:
    print("---", code, array.array(code).itemsize)
    for v in values:
        try:
            a = array.array(code, [v])
            out = repr(a)
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        b = array.array(code)
        try:
            b.append(v)
            appended = "ok"
        except Exception as e:
            appended = type(e).__name__
        print(show(v), out, appended, len(b))

# Setting an item that does not fit leaves the array unchanged.
a = array.array("h", [1, 2, 3])
for v in (40000, -40000, "s", 2.0):
    try:
        a[1] = v
    except (OverflowError, TypeError) as e:
        print("a[1] =", repr(v), "->", type(e).__name__, e)
print(a)
try:
    a.insert(0, 2**15)
except OverflowError as e:
    print("insert:", e, a)
try:
    a.extend([4, 5, 2**20, 6])
except OverflowError as e:
    print("extend:", e, a)
try:
    a.fromlist([7, 8, 2**20])
except OverflowError as e:
    print("fromlist:", e, a)
