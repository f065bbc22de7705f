# Case mappings keep lone surrogates as they are: a lone high surrogate next to a lone low
# one stays two code points, as in CPython, and astral characters map as themselves.
pieces = ["\ud83d\ude00", "a\ud83d\ude00b", "\ude00\ud83d", "\ud83d", "x\udc80Y",
          "\U0001f600\ude00", "\ud83d\U0001f600", "\u03a3\ud83d\ude00", "ǅ\ud800\udc00ǆ",
          "ß\ud83d\ude00ﬁ", "\U00010400\ud801\udc28"]
for s in pieces:
    for f in (str.upper, str.lower, str.casefold, str.swapcase, str.title, str.capitalize):
        r = f(s)
        print(f.__name__, len(s), len(r), ascii(r), r == f(r) if f is not str.swapcase else None)
