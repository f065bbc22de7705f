# One-character Latin-1 strs are shared objects in CPython, whatever made them: slicing,
# indexing, split, join, replace, regular-expression groups and json. Equal values from
# different sources are therefore the same object, and a program that builds many of them
# (a text cut into characters) holds one str per distinct character.
import json
import re

text = "a,b;c d\u00e9e"
ref = {c: chr(ord(c)) for c in set(text)}


def shared(s):
    return len(s) == 1 and s is ref.get(s, s + "?")


cases = {
    "index": [text[i] for i in range(len(text))],
    "slice": [text[i:i + 1] for i in range(len(text))],
    "split": "a b c".split(),
    "split_sep": text.split(","),
    "list": list("abc\u00e9"),
    "iter": [c for c in "d\u00e9e"],
    "re_findall": re.findall(r"\w", text),
    "re_group": [m.group(0) for m in re.finditer(r"[a-e]", text)],
    "re_split": re.split(r"[,; ]", text),
    "json": json.loads('["a", "b", "\\u00e9"]'),
}
for name, pieces in cases.items():
    print(name, [(p, shared(p)) for p in pieces])

# longer strs are not shared, and the empty str always is
print("".join(["a", "b"]) is "".join(["a", "b"]))
empty = ""
print(text[0:0] is empty, str() is empty)
print(re.sub(r"x", "", "x") is empty)
