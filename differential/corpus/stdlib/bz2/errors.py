# Corrupt and truncated data, bad arguments, misuse after the end: CPython's exception types
# and messages; pickling and subclassing refused.
import bz2
import copy
import pickle

GOOD = bz2.compress(b"payload " * 500)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, r if isinstance(r, bytes) and len(r) < 40 else "")
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("not bzip2", lambda: bz2.decompress(b"plainly not bzip2 data"))
attempt("bad magic", lambda: bz2.BZ2Decompressor().decompress(b"BZh0" + GOOD[4:]))
attempt("corrupt", lambda: bz2.decompress(GOOD[:20] + bytes(20) + GOOD[40:]))
attempt("truncated", lambda: bz2.decompress(GOOD[:-8]))
attempt("truncated obj", lambda: bz2.BZ2Decompressor().decompress(GOOD[:-8]))
attempt("level 0", lambda: bz2.BZ2Compressor(0))
attempt("level 10", lambda: bz2.BZ2Compressor(10))
attempt("level float", lambda: bz2.BZ2Compressor(1.0))
attempt("level str", lambda: bz2.BZ2Compressor("9"))
attempt("level kw", lambda: bz2.BZ2Compressor(compresslevel=9))
attempt("two args", lambda: bz2.BZ2Compressor(1, 2))
attempt("decomp arg", lambda: bz2.BZ2Decompressor(1))
attempt("decomp kw", lambda: bz2.BZ2Decompressor(x=1))
attempt("str data", lambda: bz2.BZ2Compressor().compress("text"))
attempt("str decompress", lambda: bz2.BZ2Decompressor().decompress("text"))
attempt("max_length float", lambda: bz2.BZ2Decompressor().decompress(GOOD, 2.0))
attempt("compress level 0", lambda: bz2.compress(b"x", 0))
c = bz2.BZ2Compressor()
c.flush()
attempt("after flush", lambda: c.compress(b"x"))
attempt("flush twice", c.flush)
d = bz2.BZ2Decompressor()
d.decompress(GOOD)
attempt("after eof", lambda: d.decompress(b""))
attempt("subclass", lambda: type("X", (bz2.BZ2Decompressor,), {}))
for obj in (bz2.BZ2Compressor(), bz2.BZ2Decompressor()):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        attempt("pickle %d" % proto, lambda: pickle.dumps(obj, proto))
    attempt("copy", lambda: copy.copy(obj))
print(bz2.BZ2Compressor.__module__, bz2.BZ2Decompressor.__name__)
print(bz2.BZ2Compressor.__doc__.splitlines()[0])
print(bz2.BZ2Decompressor.eof.__doc__)
