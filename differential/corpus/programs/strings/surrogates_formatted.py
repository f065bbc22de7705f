# A lone high surrogate and a lone low one from different pieces of an f-string, a %-format or
# str.format stay two code points, as in CPython (and as '\ud83d' + '\ude00' does).
hi = "\ud83d"
lo = "\ude00"
pair = "\U0001f600"


def show(label, s):
    print(label, len(s), ascii(s))


show("concat", hi + lo)
show("f-string", f"{hi}{lo}")
show("f-string literal seam", f"\ud83d{lo}")
show("f-string literal seam 2", f"{hi}\ude00")
show("f-string with spec", f"{hi:>2}{lo:<2}")
show("f-string repr", f"{hi!s}{lo!s}x")
show("f-string astral", f"{pair}{hi}{lo}{pair}")
show("f-string nested", f"{f'{hi}'}{lo}")
show("percent", "%s%s" % (hi, lo))
show("percent literal seam", "\ud83d%s" % lo)
show("percent literal seam 2", "%s\ude00" % hi)
show("percent char", "%c%c" % (0xD83D, 0xDE00))
show("percent mapping", "%(a)s%(b)s" % {"a": hi, "b": lo})
show("percent width", "%-3s%s" % (hi, lo))
show("percent then astral", "%s%s%s" % (hi, lo, pair))
show("format", "{}{}".format(hi, lo))
show("format literal seam", "\ud83d{}".format(lo))
show("format literal seam 2", "{}\ude00".format(hi))
show("format_map", "{a}{b}".format_map({"a": hi, "b": lo}))
show("format nested spec", "{0:{1}}{2}".format(hi, "", lo))
show("format astral", "{}{}{}".format(pair, hi, lo))
show("join", "".join([hi, lo]))
show("replace", "ab".replace("a", hi).replace("b", lo))
# the pieces themselves are unchanged, and real pairs stay one character
show("real pair", f"{pair}")
show("real pair percent", "%s" % pair)
for s in (f"{hi}{lo}", "%s%s" % (hi, lo), "{}{}".format(hi, lo)):
    print([hex(ord(c)) for c in s], s == hi + lo, s.encode("utf-16", "surrogatepass"))
