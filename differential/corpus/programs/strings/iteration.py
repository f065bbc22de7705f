s = "mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([i for i, ch in enumerate(s) if ch == "s"], s.count("ss"), s.count("i", 2, 8))
it = iter("abc")
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed("stressed")), "".join(reversed("stressed")), list(zip("ab", "xyz")))
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), min(words), sorted(words, key=lambda w: (len(w), w)))
print({w[0] for w in words} == set("tqbfjold"), sorted(set("hello")))
print("-".join(w.upper() for w in words[:3]), [w for w in words if "o" in w])
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print(list(map(ord, "AZaz")), "".join(map(chr, range(97, 103))))
print(any(c.isupper() for c in "abC"), all(c.islower() for c in "abc"))
