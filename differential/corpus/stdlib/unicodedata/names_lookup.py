# Names both ways: name(), lookup() with aliases and named sequences, \N{...} escapes,
# algorithmic Hangul and CJK names, and the errors.
import unicodedata

for c in "A\u00e9\u0301\uac00\ud7a3\u4e00\u9fff\U00020000\U0003134a\u2603\U0001f40d\x00\ufeff":
    name = unicodedata.name(c, None)
    print("%r -> %r" % (c, name))
    if name is not None:
        assert unicodedata.lookup(name) == c
        assert name.startswith(("HANGUL", "CJK")) or unicodedata.lookup(name.lower()) == c

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Snowman", "SNAKE",
             "LATIN CAPITAL LETTER GHA",            # an alias (correction)
             "BYTE ORDER MARK", "NULL", "NBSP", "ZWJ", "LINE FEED", "EOL",
             "KEYCAP NUMBER SIGN",                  # a named sequence
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "TAMIL SYLLABLE SSI",
             "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE PWILH", "hangul syllable gag",
             "HANGUL SYLLABLE XYZ", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
             "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
             "CJK UNIFIED IDEOGRAPH-FFFF", "NO SUCH CHARACTER", "", "LATIN SMALL LETTER A\x00",
             "x" * 300]:
    try:
        value = unicodedata.lookup(name)
        print("%r -> %s" % (name[:50], " ".join("U+%04X" % ord(c) for c in value)))
    except KeyError as e:
        print("%r -> KeyError %s" % (name[:50], e))

print(unicodedata.lookup(b"GREEK SMALL LETTER ALPHA"))
for bad in (1, None, bytearray(b"A")):
    try:
        unicodedata.lookup(bad)
    except TypeError as e:
        print("TypeError:", e)

print("\N{GREEK SMALL LETTER ALPHA}\N{latin small letter sharp s}\N{LATIN CAPITAL LETTER GHA}"
      "\N{HANGUL SYLLABLE HAN}\N{CJK UNIFIED IDEOGRAPH-5B57}\N{NBSP}|")
try:
    eval(r'"\N{KEYCAP NUMBER SIGN}"')
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# The namereplace error handler uses the same names.
print("naïve ☃ 한".encode("ascii", "namereplace"))

# Count how many names a whole plane has, and the longest ones.
names = [unicodedata.name(chr(cp), "") for cp in range(0x10000)]
print(sum(1 for n in names if n), max(len(n) for n in names))
print(sorted(names, key=lambda n: (-len(n), n))[:3])

try:
    unicodedata.lookup("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(unicodedata.lookup("ＡＢＣ") if False else unicodedata.name("Ａ"))
for name in ("é" * 100, "é" * 200, "LATIN SMALL LETTER \u00c9"):
    try:
        unicodedata.lookup(name)
    except KeyError as e:
        print("KeyError", str(e)[:40])
