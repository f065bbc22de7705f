# The str methods on ASCII and Latin-1 text, where Krait takes direct paths, beside the same
# methods on text that needs the general ones: non-ASCII Latin-1 letters whose case mappings
# leave Latin-1 ('ß', 'ÿ', 'µ'), the final sigma, lone and paired surrogates, astral characters
# and empty strings.

samples = [
    "", " ", "a", "Z", "hello World", "  padded\t\n", "ABC-def_123",
    "straße", "ÿes", "µ-meter", "Ærø àÀ ÷×", "ΣΑΣ ΟΔΟΣ", "x\u0345y",
    "lone \udc80 surrogate", "\ud83d\ude00 pair-as-two", "astral \U0001F600 grin",
    "tab\tsep\x1c\x1d\x1e\x1fend", "nbsp\xa0split\u2003em", "ǅungla ǆ",
]
made = ["surrogate\udcff".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"),
        b"caf\xe9 \xff".decode("utf-8", "surrogateescape"),
        "\ud83d" + "\ude00", "\U0001F600"[:1] + "x"]


def show(label, value):
    print(label, ascii(value), len(value) if isinstance(value, str) else "")


for s in samples + made:
    print("---", ascii(s), len(s))
    for name in ("lower", "upper", "casefold", "capitalize", "swapcase", "title"):
        r = getattr(s, name)()
        show(name, r)
        # results of the fast paths must behave as strs holding exactly these code points
        print(" ", [hex(ord(c)) for c in r][:12], r == "".join(list(r)), hash(r) == hash(r[:]))
    print("split", ascii(s.split()), ascii(s.rsplit()), ascii(s.split(None, 1)),
          ascii(s.rsplit(None, 1)))
    print("split-sep", ascii(s.split(" ")), ascii(s.split("e", 1)), ascii(s.rsplit("e", 1)),
          ascii(s.split("\udc80")))
    print("strip", ascii(s.strip()), ascii(s.strip("ad\n")), ascii(s.lstrip("ß s")),
          ascii(s.rstrip("\udc80 \ude00")), ascii(s.strip("")))
    print("affix", s.startswith(""), s.startswith("lo"), s.endswith("d"), s.startswith(("x", "Σ")),
          s.endswith("\ude00 pair-as-two"), s.startswith("\ud83d"), s.startswith("a", 1),
          s.endswith("", 50))
    print("count", s.count(""), s.count("e"), s.count("e", 2, -1), s.count("ss"),
          s.count("\udc80"), s.count("\U0001F600"), s.count("a", 100))
    print("replace", ascii(s.replace("e", "E")), ascii(s.replace("e", "\udc80", 1)),
          ascii(s.replace("", "|")), ascii(s.replace("ß", "ss")), ascii(s.replace(" ", "")))
    print("format", ascii(f"{s}{len(s)}{s!r:>5}"), ascii(format(len(s))), ascii(str(len(s))),
          ascii("{}{}".format(s, -len(s))))

# counting never overlaps, and stops at the end given
print("aaaa".count("aa"), "aaaa".count("aa", 0, 3), "abab".count("ab", 1), "abc".count("abcd"))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2), ",".split(","))
print("xxAxx".replace("xx", "y", 1), "xxx".replace("x", "yy"), "abc".replace("b", "b"))
print("ß".upper(), "ÿ".upper(), "µ".upper(), "ŉ".upper(), "ﬁ".upper(), "İ".lower())
print(ascii("ΑΣ".lower()), ascii("ΑΣ Β".lower()), ascii("Σ".lower()), ascii("aΣ".capitalize()))
print("hello world".title(), "they're bill's".title(), "1a2b c3D".title(), "ABC def".swapcase())


class S(str):
    pass


sub = S("Hello")
for r in (sub.lower(), sub.upper(), sub.strip(), sub.strip("x"), sub.replace("z", "y"),
          sub.split()[0], sub.swapcase(), sub.title(), format(sub), f"{sub}"):
    print(type(r).__name__, r)
print(int(str(12345)[-1]), format(10**30), f"{-7}", f"{True}", format(3, ""), str(-0))
# reversed and stepped slices, of text with and without surrogates
for s in samples + made:
    print(ascii(s[::-1]), ascii(s[-2::-1]), ascii(s[:1:-1]), ascii(s[1:0:-1]), ascii(s[::-2]),
          ascii(s[::3]), s[::-1][::-1] == s)
