# zlib's errors, dictionaries and checksums.
import zlib

sample = b"a dictionary helps short messages compress better"

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

good = zlib.compress(sample)
attempt("bad header", zlib.decompress, b"\x00\x01\x02\x03")
attempt("truncated", zlib.decompress, good[:-2])
attempt("bad check", zlib.decompress, good[:-1] + bytes([good[-1] ^ 1]))
attempt("gzip as zlib", zlib.decompress, zlib.compress(sample, wbits=31))
attempt("zlib as gzip", zlib.decompress, good, 31)
attempt("zlib auto", zlib.decompress, good, 47)
attempt("window too small", zlib.decompress, good, 10)
attempt("bad wbits", zlib.decompress, good, 99)
attempt("bad level", zlib.compress, sample, 11)
attempt("bad bufsize", zlib.decompress, good, 15, -1)
attempt("bad compressobj", zlib.compressobj, 1, zlib.DEFLATED, 99)
attempt("bad memLevel", zlib.compressobj, 1, zlib.DEFLATED, 15, 10)
attempt("bad decompressobj", zlib.decompressobj, -20)
attempt("bad max_length", zlib.decompressobj().decompress, good, -1)
attempt("bad flush length", zlib.decompressobj().flush, 0)
attempt("str data", zlib.compress, "text")
attempt("gzip dict", zlib.compressobj, wbits=31, zdict=b"abc")

zdict = b"dictionary compress messages short better helps"
co = zlib.compressobj(zdict=zdict)
with_dict = co.compress(sample) + co.flush()
print("dict header", with_dict[:6].hex(), len(with_dict), "vs", len(good))
attempt("needs dict", zlib.decompress, with_dict)
d = zlib.decompressobj(zdict=zdict)
print("with dict", d.decompress(with_dict) == sample)
d = zlib.decompressobj(zdict=b"wrong")
attempt("wrong dict", d.decompress, with_dict)
raw = zlib.compressobj(wbits=-15, zdict=zdict)
body = raw.compress(sample) + raw.flush()
print("raw dict", zlib.decompressobj(wbits=-15, zdict=zdict).decompress(body) == sample)

# Checksums, with running start values, as zipfile and gzip compute them.
parts = [b"", b"a", b"abc", bytes(range(256)) * 100]
for p in parts:
    print(zlib.crc32(p), zlib.adler32(p))
crc, adler = 0, 1
for p in parts:
    crc = zlib.crc32(p, crc)
    adler = zlib.adler32(p, adler)
whole = b"".join(parts)
print(crc == zlib.crc32(whole), adler == zlib.adler32(whole))
print(zlib.crc32(b"xyz", 0xFFFFFFFF), zlib.crc32(b"xyz", -1), zlib.adler32(b"xyz", 0xFFFFFFFF))
print(zlib.adler32(b"", 0xFFFFFFFF), zlib.adler32(b"q" * 20, 0xFFFFFFFF))
print(zlib.crc32(memoryview(b"view")), zlib.adler32(bytearray(b"array")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
