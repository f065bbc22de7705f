# Seeded random sequences of marks, jamo, syllables and compatibility characters, normalized
# in the four forms by both databases (14.0 and ucd_3_2_0): one digest of every result.
import random, hashlib, unicodedata as u
rng = random.Random(1234)
pool = [chr(c) for c in range(0x300, 0x370)] + [chr(c) for c in range(0x1100, 0x1200, 3)] + \
       [chr(c) for c in range(0xAC00, 0xAC40)] + list("aeiouAEIOUsSnN") + \
       [chr(c) for c in (0x1E9B, 0x212B, 0x2126, 0xFB01, 0x2F868, 0x2F874, 0x2F91F, 0x0870, 0x0F73, 0x0F81, 0x0CCA, 0x0CC6, 0x0CD5, 0x1D15E, 0x0345, 0x05B0, 0x05C7, 0x0B55, 0x1FB3, 0x1F80, 0x0958, 0x309A, 0x3099, 0x304B, 0xFF76, 0xFF9E)]
h = hashlib.md5()
for i in range(3000):
    s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
    for db in (u, u.ucd_3_2_0):
        for f in ("NFC", "NFD", "NFKC", "NFKD"):
            r = db.normalize(f, s)
            h.update(r.encode("utf-8", "surrogatepass"))
            h.update(b"1" if db.is_normalized(f, s) else b"0")
print(h.hexdigest())
