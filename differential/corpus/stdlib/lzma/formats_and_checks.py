# Each container format, integrity check and preset: byte-exact output, round trips, the check
# a decompressor reports.
import hashlib
import lzma

DATA = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i
                for i in range(400)) + bytes(range(256)) * 8


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


for fmt in ("FORMAT_XZ", "FORMAT_ALONE"):
    for preset in (0, 1, 6, 9, 6 | lzma.PRESET_EXTREME):
        c = lzma.compress(DATA, format=getattr(lzma, fmt), preset=preset)
        print(fmt, preset, len(c), digest(c), c[:6].hex(), lzma.decompress(c) == DATA)

for name in ("CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256"):
    check = getattr(lzma, name)
    c = lzma.compress(DATA, check=check)
    d = lzma.LZMADecompressor()
    before = d.check
    out = d.decompress(c)
    print(name, check, lzma.is_check_supported(check), len(c), digest(c),
          before, d.check, out == DATA, d.eof, d.needs_input, d.unused_data)

for fmt in (lzma.FORMAT_AUTO, lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    source = lzma.FORMAT_ALONE if fmt == lzma.FORMAT_ALONE else lzma.FORMAT_XZ
    c = lzma.compress(DATA, format=source)
    d = lzma.LZMADecompressor(format=fmt)
    print("decoder", fmt, d.check, d.decompress(c) == DATA, d.check, d.eof)

print([lzma.is_check_supported(i) for i in range(lzma.CHECK_ID_MAX + 2)])
for name in sorted(n for n in dir(lzma) if n.isupper()):
    print(name, getattr(lzma, name))

# An incremental compressor gives the same stream as the one-shot function.
c = lzma.LZMACompressor()
pieces = [c.compress(DATA[i:i + 1000]) for i in range(0, len(DATA), 1000)]
stream = b"".join(pieces) + c.flush()
print(stream == lzma.compress(DATA), [len(p) for p in pieces[:3]])
print(lzma.compress(b"") .hex())
print(lzma.compress(b"", format=lzma.FORMAT_ALONE).hex())
print(lzma.decompress(lzma.compress(b"")))
