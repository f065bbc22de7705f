# Properties of every code point in a few interesting ranges, summarised per range so the
# output stays readable: counts per category, bidirectional class and width, and a checksum
# of names, decompositions and numeric values.
import hashlib
import unicodedata
from collections import Counter

RANGES = [
    ("Latin-1", 0x00, 0x100),
    ("Greek", 0x370, 0x400),
    ("Combining marks", 0x300, 0x370),
    ("Arabic", 0x600, 0x700),
    ("Devanagari", 0x900, 0x980),
    ("Hangul jamo", 0x1100, 0x1200),
    ("General punctuation", 0x2000, 0x2070),
    ("Number forms", 0x2150, 0x2190),
    ("CJK symbols", 0x3000, 0x3040),
    ("Hangul syllables (part)", 0xAC00, 0xAD00),
    ("Compatibility ideographs", 0xF900, 0xFB00),
    ("Halfwidth forms", 0xFF00, 0xFFF0),
    ("Math alphanumerics", 0x1D400, 0x1D500),
    ("Emoji", 0x1F600, 0x1F650),
    ("New in 14.0", 0x1E290, 0x1E300),
]

for title, start, stop in RANGES:
    categories, bidis, widths = Counter(), Counter(), Counter()
    digest = hashlib.sha256()
    mirrored = combining = 0
    for cp in range(start, stop):
        c = chr(cp)
        categories[unicodedata.category(c)] += 1
        bidis[unicodedata.bidirectional(c) or "-"] += 1
        widths[unicodedata.east_asian_width(c)] += 1
        mirrored += unicodedata.mirrored(c)
        combining += unicodedata.combining(c)
        line = "%X %s %s %r %r %r" % (
            cp, unicodedata.name(c, "?"), unicodedata.decomposition(c),
            unicodedata.decimal(c, None), unicodedata.digit(c, None),
            unicodedata.numeric(c, None))
        digest.update(line.encode())
    print(title)
    print("  categories:", sorted(categories.items()))
    print("  bidi:", sorted(bidis.items()))
    print("  widths:", sorted(widths.items()))
    print("  mirrored:", mirrored, "combining sum:", combining)
    print("  digest:", digest.hexdigest()[:16])
