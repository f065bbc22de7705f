# Bad arguments and corrupt data: CPython's exception types and liblzma's messages as _lzma
# words them; pickling and subclassing refused.
import copy
import lzma
import pickle

GOOD = lzma.compress(b"some data to compress " * 20)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("garbage", lambda: lzma.decompress(b"this is not compressed data at all"))
attempt("raw garbage", lambda: lzma.decompress(b"\xff" * 40, format=lzma.FORMAT_RAW,
                                               filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("alone garbage", lambda: lzma.decompress(b"\xff" * 40, format=lzma.FORMAT_ALONE))
attempt("corrupt", lambda: lzma.decompress(GOOD[:30] + bytes(10) + GOOD[40:]))
bad_check = bytearray(GOOD)
bad_check[-13] ^= 1
attempt("bad check", lambda: lzma.decompress(bytes(bad_check)))
attempt("xz as alone", lambda: lzma.decompress(GOOD, format=lzma.FORMAT_ALONE))
attempt("empty", lambda: lzma.decompress(b""))
attempt("str", lambda: lzma.compress("text"))
attempt("str decompress", lambda: lzma.LZMADecompressor().decompress("text"))
attempt("bad format", lambda: lzma.LZMACompressor(format=7))
attempt("bad dformat", lambda: lzma.LZMADecompressor(format=7))
attempt("check alone", lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE,
                                                   check=lzma.CHECK_CRC32))
attempt("check none alone", lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE,
                                                        check=lzma.CHECK_NONE))
attempt("bad check id", lambda: lzma.LZMACompressor(check=3))
attempt("preset+filters", lambda: lzma.LZMACompressor(preset=1,
                                                      filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("preset 10", lambda: lzma.LZMACompressor(preset=10))
attempt("preset -1", lambda: lzma.LZMACompressor(preset=-1))
attempt("preset str", lambda: lzma.LZMACompressor(preset="1"))
attempt("preset big", lambda: lzma.LZMACompressor(preset=1 << 33))
attempt("raw no filters", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW))
attempt("raw memlimit", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=10,
                                                      filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("xz filters", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ,
                                                    filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("draw no filters", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
attempt("memlimit str", lambda: lzma.LZMADecompressor(memlimit="1"))
attempt("memlimit neg", lambda: lzma.LZMADecompressor(memlimit=-1))
attempt("format float", lambda: lzma.LZMACompressor(format=1.0))
attempt("max_length float", lambda: lzma.LZMADecompressor().decompress(GOOD, 1.5))
attempt("check_supported str", lambda: lzma.is_check_supported("x"))
attempt("decode props", lambda: lzma._decode_filter_properties(lzma.FILTER_X86, "x"))
attempt("encode props", lambda: lzma._encode_filter_properties({"id": 99}))
attempt("encode props list", lambda: lzma._encode_filter_properties([1]))
attempt("encode props int", lambda: lzma._encode_filter_properties(5))
attempt("subclass", lambda: type("X", (lzma.LZMACompressor,), {}))
for obj in (lzma.LZMACompressor(), lzma.LZMADecompressor()):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        attempt("pickle %d" % proto, lambda: pickle.dumps(obj, proto))
    attempt("copy", lambda: copy.copy(obj))
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__,
      lzma.LZMAError.__doc__)
print(lzma.LZMACompressor.__module__, lzma.LZMADecompressor.__name__)
print(lzma.LZMADecompressor.decompress.__doc__.splitlines()[0])
