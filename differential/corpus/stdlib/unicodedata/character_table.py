# A character inspector, as a tool printing a table of characters would.
import unicodedata

def describe(c):
    return "U+%04X %-3s %-3s %3d %-2s %d %-40s %s" % (
        ord(c), unicodedata.category(c), unicodedata.bidirectional(c) or "-",
        unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c),
        unicodedata.name(c, "<no name>"), unicodedata.decomposition(c) or "-")

text = "Héllo, wörld! ½ ⅞ Ⅻ ① ２ ﬁ ß İ ǅ ℃ № (≤) ‘quoted’ 한국어 日本 𝔸 😀 \u0301\u200d\x07\ud7ff\U000e0001"
for c in text:
    print(describe(c))

print()
for c in "0٣۵߉१৩੫௭໙፲Ⅳ½¼⁹₇𝟗":
    print("%r decimal=%r digit=%r numeric=%r" % (
        c, unicodedata.decimal(c, None), unicodedata.digit(c, None),
        unicodedata.numeric(c, None)))

for fn in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric, unicodedata.name):
    try:
        fn("x" if fn is not unicodedata.name else "\uffff")
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)

for bad in ("", "ab", 5, None, b"a"):
    try:
        unicodedata.category(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        unicodedata.numeric(bad)
    except TypeError as e:
        print("TypeError:", e)
