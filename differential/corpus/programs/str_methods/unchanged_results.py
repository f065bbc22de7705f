# str methods that change nothing return the str itself (CPython's unicode_result_unchanged),
# and results built from pieces keep their code points whatever the pieces hold.
class S(str):
    pass


texts = ["abc", "", "  x y  ", "\t\n", "a\ud800b", "x\U0001F600y", "\x1c a \x1f", "ALPHA beta",
         "\u00dftra\u00dfe", "\u01c5a", "\u00e9\u00c9", S("  sub  "), S("plain")]
for t in texts:
    print(ascii(t), type(t).__name__)
    print("  strip", ascii(t.strip()), t.strip() is t, type(t.strip()).__name__,
          ascii(t.lstrip()), ascii(t.rstrip()), ascii(t.strip(" a")))
    print("  replace", ascii(t.replace("a", "XY")), ascii(t.replace("a", "Z", 1)),
          t.replace("q", "r") is t, t.replace("a", "", 0) is t,
          type(t.replace("q", "r")).__name__, ascii(t.replace("", "-")),
          ascii(t.replace("", "-", 2)))
    print("  case", ascii(t.upper()), ascii(t.lower()), ascii(t.capitalize()),
          ascii(t.casefold()))
    print("  join", ascii("|".join([t, t])), ascii(t.join(["1", "2", "3"])),
          "-".join([t]) is t, ascii(f"{t}{t}!"), len(f"{t}<{t}>"))
print(ascii("aaa".replace("aa", "b")), ascii("aaaa".replace("aa", "b", 1)))
print(ascii("a-b-c".replace("-", "\ud800")), len("a-b".replace("-", "\U0001F600")))
print(ascii("".join([chr(0xD83D), chr(0xDE00)])), len("".join([chr(0xD83D), chr(0xDE00)])))
print(ascii(f"{chr(0xD83D)}{chr(0xDE00)}"), len(f"{chr(0xD83D)}{chr(0xDE00)}"))
hi = "x" + chr(0xD83D)
lo = chr(0xDE00) + "y"
print(len(hi + lo), len(f"{hi}{lo}"), len("".join([hi, lo])), len(hi.strip() + lo.strip()))
print("capitalize", [w.capitalize() for w in ["hello", "HELLO", "hELLO wORLD", "1abc", "", "a"]])
