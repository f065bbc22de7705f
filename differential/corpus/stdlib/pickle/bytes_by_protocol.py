# The exact bytes pickle.dumps writes for builtin values at every protocol: ints at the BININT1,
# BININT2, BININT and LONG1/LONG4 boundaries, floats, short and long str and bytes, containers
# around the batch size of 1000, sets, frozensets, and the memo of shared objects.
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -255, -256, 2**31 - 1, 2**31,
    -2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 7, -(2**200), 10**80, 2**2100,
    0.0, -0.0, 1.5, 1e300, -2.5e-300, float("inf"), float("-inf"),
    "", "a", "abc", "é", "snow ☃", "smile \U0001f600", "a\nb\\c\r\x00\x1a", "x" * 255, "y" * 256,
    b"", b"\x00", b"abc", bytes(range(256)), bytearray(b"ab"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], [[], [[]]],
    {}, {"a": 1}, {"a": 1, "b": [2]}, {1: "x", (1, 2): None}, set(), {7}, frozenset(), frozenset({3}),
    1 + 2j, range(2, 9, 3), slice(None, 5), Ellipsis, NotImplemented, type(None), type(...),
    int, str, len, pickle.dumps, pickle.Pickler,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(" ", repr(v)[:30], data.hex() if len(data) < 120 else (len(data), data[:40].hex()), same)

# Containers around BATCHSIZE: MARK ... APPENDS / SETITEMS / ADDITEMS in batches of 1000.
for n in (999, 1000, 1001, 2001):
    for proto in (0, 1, 2, 4):
        lst = pickle.dumps(list(range(n)), proto)
        dct = pickle.dumps({i: None for i in range(n)}, proto)
        st = pickle.dumps(set(range(n)), proto)
        print(n, proto, len(lst), lst.count(b"e"), len(dct), dct.count(b"u"), len(st),
              pickle.loads(lst) == list(range(n)), len(pickle.loads(st)))

# The memo: the same object twice is written once, then fetched with BINGET/LONG_BINGET.
s = "shared"
print(pickle.dumps([s, s, s], 2).hex())
many = [str(i) for i in range(300)]
data = pickle.dumps(many + many, 2)
print(len(data), data[-20:].hex(), pickle.loads(data) == many + many)
print(pickle.dumps([s, s], 0))
print(pickle.dumps([s, s], 4).hex())
