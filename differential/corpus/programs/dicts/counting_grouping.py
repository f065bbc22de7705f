text = "one two three two three three four four four four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True), max(counts.values()))
inverse = {}
for word, n in counts.items():
    inverse.setdefault(n, []).append(word)
print(inverse)
by_first = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    by_first[w[0]] = by_first.get(w[0], []) + [w]
print(by_first, {k: len(v) for k, v in by_first.items()})
nested = {}
for a, b, v in [("x", "p", 1), ("x", "q", 2), ("y", "p", 3)]:
    nested.setdefault(a, {})[b] = v
print(nested, nested["x"]["q"], sum(v for inner in nested.values() for v in inner.values()))
merged = {}
for d in [{"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
