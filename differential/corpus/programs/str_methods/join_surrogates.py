# str.join keeps lone surrogates apart: a high surrogate ending one piece and a low one
# starting the next are two code points, not one; separators with surrogates too.
import json

pieces = ["a\ud83d", "\ude00b"]
joined = "".join(pieces)
print(len(joined), ascii(joined))
print(ascii("\ud800".join(["x", "\udc00"])), len("\ud800".join(["x", "\udc00"])))
print(ascii("-".join(["\U0001F600", "\ud83d", "\ude00"])))
print(ascii(json.dumps(["\ud83d\ude00", "a"], ensure_ascii=False)))
print("".join(["plain", "text"]), "é".join("ab"))
