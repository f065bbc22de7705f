# bytes and bytearray repetition, translate and the searches find/rfind/index/rindex/count,
# over the sizes and arguments where a faster path could go wrong: one-byte and longer
# patterns repeated 0, 1, 2, 3, 7 and many times, translate with and without a table and a
# delete set, searches with negative, past-the-end and None bounds. (An __index__ that
# shrinks the bytearray it bounds makes CPython 3.11 read the freed buffer: no oracle there.)
import hashlib


def digest(b):
    return hashlib.sha256(bytes(b)).hexdigest()[:16]


for pattern in (b"", b"\0", b"x", b"ab", b"abc", b"\xff\x00\x7f"):
    for times in (0, 1, 2, 3, 7, 1000, 65280):
        for kind in (bytes, bytearray):
            r = kind(pattern) * times
            print(kind.__name__, pattern, times, len(r), digest(r), type(r).__name__)
print((3 * b"xy"), bytearray(b"q") * -1, b"z" * 0 == b"")

table = bytes(range(256))[::-1]
ident = bytes(range(256))
for data in (b"", b"hello world", bytes(range(256)) * 3, bytearray(b"\x00\x01\x02" * 500)):
    for tbl in (None, table, ident):
        for delete in (b"", b"lo", bytes(range(0, 256, 3))):
            out = data.translate(tbl, delete)
            print(type(out).__name__, len(out), digest(out))
            if tbl is not None:
                out2 = data.translate(tbl, delete=delete)
                assert out2 == out
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError:", e)

big = bytearray(65536)
big[95] = 1
big[40000] = 1
frozen = bytes(big)
for hay in (big, frozen, b"abcabcabc", bytearray(b"mississippi")):
    for needle in (1, 0, b"\x01", b"", b"abc", b"ss", ord("i"), b"zzz"):
        for bounds in ((), (0,), (5,), (-3,), (100, 50000), (None, None), (10 ** 9,), (-10 ** 9, 4)):
            res = []
            for method in ("find", "rfind", "count"):
                try:
                    res.append(getattr(hay, method)(needle, *bounds))
                except (TypeError, ValueError) as e:
                    res.append(type(e).__name__)
            for method in ("index", "rindex"):
                try:
                    res.append(getattr(hay, method)(needle, *bounds))
                except ValueError as e:
                    res.append(str(e))
            print(type(hay).__name__, len(hay), needle if not isinstance(needle, bytes) else needle[:4], bounds, res)

