# Normalization of tricky strings in all four forms, is_normalized, and the usual uses:
# comparing user input, stripping accents, compatibility folding.
import unicodedata

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
SAMPLES = [
    "",
    "plain ascii",
    "e\u0301",                      # e + combining acute
    "\u00e9",
    "\u1e9b\u0323",                 # long s with dot above + dot below
    "q\u0307\u0323",                # marks out of canonical order
    "\u0041\u030a\u212b\u00c5",     # A ring, angstrom sign
    "\ufb01\ufb03",                 # ligatures
    "\u2460\u2473\u3251",           # circled numbers
    "\uff21\uff42\uff43",           # fullwidth letters
    "\u1100\u1161\u11a8",           # conjoining jamo
    "\uac00\u11a8",                 # LV syllable + T
    "\ud4db",
    "\u0958\u0959",                 # composition exclusions
    "\u2126\u212a",                 # ohm, kelvin
    "\u00bd\u2153\u215e",
    "\u1f80\u0345",
    "\u0f73\u0f75\u0f81",
    "a\u0328\u0301\u0323\u0307",
    "\U0001d15e\U0001d160",         # musical symbols with decompositions
    "\U0002f868\U0002f874",         # CJK compatibility ideographs
    "\u0cca\u0cc6\u0cc2\u0cd5",
    "x\u0300\u0315\u0300",
]
for s in SAMPLES:
    row = []
    for form in FORMS:
        out = unicodedata.normalize(form, s)
        row.append("%s=%s%s" % (form, " ".join("%X" % ord(c) for c in out) or "-",
                                "" if unicodedata.is_normalized(form, s) else "*"))
    print(" | ".join(row))

def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")

print(strip_accents("Crème brûlée à la façon de Ångström, naïve Œuvre, Dvořák"))
print(unicodedata.normalize("NFC", "Cafe\u0301") == "Caf\u00e9")
print(unicodedata.normalize("NFKC", "ｈｅｌｌｏ ｗｏｒｌｄ ①②③ ㍻"))

for bad in (("NFX", "a"), (1, "a"), ("NFC", 1)):
    try:
        unicodedata.normalize(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        unicodedata.is_normalized(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Round trips over a whole block.
count = 0
for cp in range(0x1E00, 0x2000):
    c = chr(cp)
    nfd = unicodedata.normalize("NFD", c)
    if unicodedata.normalize("NFC", nfd) == c:
        count += 1
print("round trips in Latin Extended Additional + Greek Extended:", count)
