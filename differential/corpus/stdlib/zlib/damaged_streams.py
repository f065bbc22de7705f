# Damaged zlib, gzip and raw streams: every outcome and error message as CPython gives it.
import zlib, random
rng = random.Random(1234)
base = b"".join(b"line %d of some text with repeats %d\n" % (i, i % 7) for i in range(300))
streams = {15: zlib.compress(base), 31: zlib.compress(base, wbits=31), -15: zlib.compress(base, wbits=-15)}
res = []
for trial in range(600):
    wb = rng.choice([15, 31, -15, 47])
    s = bytearray(streams[wb if wb != 47 else rng.choice([15, 31])])
    kind = rng.randrange(4)
    if kind == 0:
        for _ in range(rng.randrange(1, 4)):
            s[rng.randrange(len(s))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        del s[rng.randrange(len(s)):]
    elif kind == 2:
        s[rng.randrange(len(s))] = rng.randrange(256)
    else:
        s = bytearray(rng.randbytes(rng.randrange(0, 40)))
    try:
        out = zlib.decompress(bytes(s), wb)
        r = ("ok", len(out), zlib.crc32(out))
    except zlib.error as e:
        r = ("err", str(e))
    try:
        d = zlib.decompressobj(wb)
        out = b""
        data = bytes(s)
        while data:
            out += d.decompress(data[:97], 50)
            data = d.unconsumed_tail + data[97:]
            if d.eof:
                break
        out += d.flush()
        r2 = ("ok", len(out), d.eof, len(d.unused_data), len(d.unconsumed_tail))
    except zlib.error as e:
        r2 = ("err", str(e))
    res.append((trial, r, r2))
import collections, hashlib
messages = collections.Counter()
for _, r, r2 in res:
    for x in (r, r2):
        messages[x[1] if x[0] == "err" else "ok"] += 1
for m, n in sorted(messages.items()):
    print(n, m)
print(hashlib.sha256(repr(res).encode()).hexdigest())
