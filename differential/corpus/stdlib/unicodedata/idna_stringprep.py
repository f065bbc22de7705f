# Internationalized domain names: the idna codec (nameprep through stringprep, which asks
# unicodedata.ucd_3_2_0), and stringprep tables directly.
import stringprep
import unicodedata

domains = ["bücher.example", "München.DE", "ΕΛΛΗΝΙΚΆ.gr", "пример.рф", "例え.テスト",
           "straße.de", "ﬁnance.com", "xn--bcher-kva.example", "EXAMPLE.com", "café\u0301.fr"]
for d in domains:
    try:
        encoded = d.encode("idna")
        print(repr(d), encoded, encoded.decode("idna"))
    except UnicodeError as e:
        print(repr(d), "UnicodeError", e)

for bad in ["a\u0221b.com", "ab\u200b.com", "-\u0627.com", "x" * 64 + ".com", "\u0870.com"]:
    try:
        print(repr(bad), bad.encode("idna"))
    except UnicodeError as e:
        print(repr(bad[:20]), "UnicodeError:", e)

def nameprep_map(label):
    out = []
    for c in label:
        if stringprep.in_table_b1(c):
            continue
        out.append(stringprep.map_table_b2(c))
    return unicodedata.ucd_3_2_0.normalize("NFKC", "".join(out))

for label in ["Straße", "ＡＢＣ", "ǅemal", "Ⅷ", "ﬀ", "\u00ad-soft", "İstanbul"]:
    print(repr(label), repr(nameprep_map(label)))

tables = [name for name in dir(stringprep) if name.startswith("in_table")]
for cp in (0x20, 0xA0, 0x221, 0x340, 0x3F4, 0x6DD, 0x200E, 0x2FF0, 0xE000, 0xFFFD, 0x1D173,
           0xE0001, 0x10FFFD, 0x9FFF, 0x4DB5, 0x4DB6):
    c = chr(cp)
    print("U+%04X" % cp, [t[9:] for t in tables if getattr(stringprep, t)(c)])
