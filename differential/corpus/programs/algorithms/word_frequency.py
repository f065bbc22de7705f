text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, count in top:
    print(f"{word:<12}{count:>3} {'*' * count}")
print(len(words), len(freq), sum(freq.values()) == len(words))
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
lines = text.splitlines()
print([len(line.split()) for line in lines], max(lines, key=len)[:20])
print({c for c in text.lower() if c.isalpha()} == set("abcdefghiklmnoprstuwyfz") - {"z"})
