# Custom filter chains in the raw, xz and alone formats; the filter-property helpers.
import hashlib
import lzma

DATA = bytes((i * 7 + (i >> 5)) & 0xFF for i in range(20000)) + b"abcdefgh" * 2000


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


chains = [
    [{"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": 1 << 20}],
    [{"id": lzma.FILTER_LZMA2, "lc": 2, "lp": 1, "pb": 1, "mode": lzma.MODE_FAST,
      "nice_len": 32, "mf": lzma.MF_HC4, "depth": 10}],
    [{"id": lzma.FILTER_LZMA2, "mode": lzma.MODE_NORMAL, "mf": lzma.MF_BT2}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86, "start_offset": 16}, {"id": lzma.FILTER_LZMA2, "preset": 3}],
    [{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARMTHUMB}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_POWERPC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_IA64}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_X86},
     {"id": lzma.FILTER_DELTA}, {"id": lzma.FILTER_LZMA2, "preset": 2}],
]
for chain in chains:
    for fmt in (lzma.FORMAT_RAW, lzma.FORMAT_XZ):
        c = lzma.compress(DATA, format=fmt, filters=chain)
        if fmt == lzma.FORMAT_RAW:
            back = lzma.decompress(c, format=fmt, filters=chain)
        else:
            back = lzma.decompress(c)
        print(fmt, [f["id"] for f in chain], len(c), digest(c), back == DATA)

lzma1 = [{"id": lzma.FILTER_LZMA1, "preset": 6, "lc": 3, "lp": 0, "pb": 2,
          "dict_size": 1 << 16}]
c = lzma.compress(DATA, format=lzma.FORMAT_ALONE, filters=lzma1)
print("alone", len(c), digest(c), lzma.decompress(c) == DATA)
c = lzma.compress(DATA, format=lzma.FORMAT_RAW, filters=lzma1)
print("raw lzma1", len(c), digest(c),
      lzma.decompress(c, format=lzma.FORMAT_RAW, filters=lzma1) == DATA)

specs = [
    {"id": lzma.FILTER_LZMA1, "lc": 3, "lp": 0, "pb": 2, "dict_size": 1 << 16},
    {"id": lzma.FILTER_LZMA1, "lc": 0, "lp": 4, "pb": 4, "dict_size": 12345},
    {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20},
    {"id": lzma.FILTER_LZMA2, "dict_size": 3 << 22},
    {"id": lzma.FILTER_DELTA, "dist": 1},
    {"id": lzma.FILTER_DELTA, "dist": 256},
    {"id": lzma.FILTER_ARM, "start_offset": 256},
]
for spec in specs:
    props = lzma._encode_filter_properties(spec)
    print(spec["id"], props.hex(), lzma._decode_filter_properties(spec["id"], props))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x18"))
for bad in ([{"id": lzma.FILTER_LZMA2, "dict_size": -1}],
            [{"id": lzma.FILTER_LZMA2, "nope": 1}],
            [{"id": lzma.FILTER_DELTA, "dist": "x"}],
            [{"id": lzma.FILTER_X86, "start_offset": 1 << 40}],
            [{"id": 12345}],
            [{"preset": 1}],
            [{"id": lzma.FILTER_LZMA2}] * 5,
            [{"id": lzma.FILTER_LZMA2, "preset": 99}],
            [{"id": lzma.FILTER_LZMA2, "preset": -1}],
            [{"id": -1}],
            [5],
            [{"id": lzma.FILTER_X86}],
            {},
            7):
    try:
        lzma.compress(b"abc", format=lzma.FORMAT_RAW, filters=bad)
        print("no error", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    lzma.compress(b"abc", format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}])
except ValueError as e:
    print(e)
for bad in ((lzma.FILTER_LZMA2, b""), (lzma.FILTER_LZMA2, b"\xff"), (99, b"\x00"),
            (lzma.FILTER_LZMA1, b"\xff\x00\x00\x00\x00")):
    try:
        print(lzma._decode_filter_properties(*bad))
    except Exception as e:
        print(type(e).__name__, e)
