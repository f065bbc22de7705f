# The Unicode 3.2.0 database that IDNA and stringprep use, and where it differs from 14.0.
import unicodedata
from collections import Counter

old = unicodedata.ucd_3_2_0
print(old.unidata_version, unicodedata.unidata_version, type(old).__name__,
      isinstance(old, unicodedata.UCD))
try:
    unicodedata.UCD()
except TypeError as e:
    print("TypeError:", e)

changes = Counter()
examples = {}
for cp in range(0x30000):
    c = chr(cp)
    for what in ("category", "bidirectional", "east_asian_width", "mirrored", "combining",
                 "decomposition"):
        a, b = getattr(old, what)(c), getattr(unicodedata, what)(c)
        if a != b:
            changes[what] += 1
            examples.setdefault(what, (hex(cp), a, b))
    if old.name(c, None) != unicodedata.name(c, None):
        changes["name"] += 1
    if old.numeric(c, None) != unicodedata.numeric(c, None):
        changes["numeric"] += 1
        examples.setdefault("numeric", (hex(cp), old.numeric(c, None),
                                        unicodedata.numeric(c, None)))
    if old.decimal(c, None) != unicodedata.decimal(c, None):
        changes["decimal"] += 1
for key in sorted(changes):
    print(key, changes[key], examples.get(key))

for s in ("\u2f868", "\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf",
          "\u0870", "\u1e9b\u0323", "\ufb01", "\u2126"):
    print(ascii(s), [ascii(old.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [old.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

for name in ("LATIN SMALL LETTER A", "LATIN CAPITAL LETTER GHA", "KEYCAP NUMBER SIGN",
             "CJK UNIFIED IDEOGRAPH-2A700", "HANGUL SYLLABLE GA", "ARABIC LETTER BEH WITH SMALL V BELOW",
             "EURO SIGN", "SNAKE"):
    try:
        print(name, "->", ascii(old.lookup(name)))
    except KeyError as e:
        print(name, "-> KeyError", e)

# What IDNA does with it.
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
import stringprep
print([stringprep.in_table_a1(c) for c in "a\u0221\u0870"],
      stringprep.map_table_b2("\u00df"), stringprep.in_table_c12("\u00a0"))
