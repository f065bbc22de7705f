samples = ["", "a", "b", "ab", "ba", "hello", "hello world", "x" * 100, "é", "café", "ÿ",
           "Ā", "日本語", "mixed é日本", "😀", "a😀", "\x00", "\uffff", "\U0010ffff", "The quick brown fox"]
for s in samples:
    print(repr(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("\xe9"), hash("e\u0301") == hash("é"))
d = {}
for s in samples:
    d.setdefault(hash(s) % 8, []).append(s)
print(sorted((k, len(v)) for k, v in d.items()))
print(hash("a" * 1000), hash("\u0100" * 3), hash("\U0001f600" * 3))
print(len({hash(s) for s in samples}) == len(samples))
