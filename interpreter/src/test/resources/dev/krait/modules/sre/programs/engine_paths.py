# The engine's shortcuts must not change answers: template substitution expanded natively
# (groups that did not take part, \g<0>, names, bytes), searches that skip starts whose first
# test (\b, a look-around starting with a literal) fails, set tests for characters below 256
# under each case rule, and a pattern reused from inside its own sub callback.
import re

text = "GET /api/v1/items/42?q=7 HTTP/1.1 and /items/9? /items/x? 3.14 2.5.6 ab"
print(re.sub(r"(\d+)\.(\d+)", r"\2.\1", text))
print(re.sub(r"(a)(x)?", r"[\2|\1|\g<0>]", "banana"))
print(re.sub(r"(?P<word>\w+)(?P<tail>!)?", r"<\g<word>\g<tail>>", "hi there!"))
print(re.subn(rb"(\d)(\d)?", rb"\2\1-", b"1 23 456"))
print(re.sub(r"(x)", r"\n\1\t", "axb"))
print(re.sub(r"(?<=/items/)\d+(?=\?)", "N", text))
print(re.findall(r"(?<=/items/)\d+(?=\?)", text), re.findall(r"(?<=ab)", "ab"))
print(re.findall(r"(?=ab)", "xxab"), re.findall(r"(?!a)x", "axx"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "one two_3 é ß!"))
print(re.findall(r"\B\w", "ab cd"), re.findall(r"\b", "ab"), re.findall(r"\b\w", "a\u00e9b c"))
print(re.findall(r"[^\W\d]+", "abc é123 ß_x"), re.findall(r"[a-zé]+", "ABC éÉ", re.I))
print(re.findall(r"[A-Z\u0130]+", "abc\u0131i", re.I), re.findall(rb"[a-c]+", b"AbC\xe9", re.I))
print(re.findall(r"[\s\[\]\"]+", 'a [b] "c"\td'), re.split(r"[\s\[\]\"]+", 'a [b] "c"\td'))
print(re.findall(r"[^\x00-\x7f]+", "abc\u00ff\u0100\U0001F600z"))

word = re.compile(r"\w+")
print(word.sub(lambda m: word.sub("*", m.group()) + str(len(word.findall(m.group()))), "ab cd"))
print(word.sub(lambda m: str(word.match(m.group()).end()), "abc de"))
for m in word.finditer("x yy zzz"):
    print(m.span(), word.search("..." + m.group()).span())
print(word.fullmatch("abc"), word.fullmatch("abc", 1, 2), word.match("  ab", 2))
print(re.sub("^y", "", "x" * 20), re.split(r"\Ay", "xyz"), re.sub("x", "", "x"))
