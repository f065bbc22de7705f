# Dict-heavy work: counting with int and str keys, get/setdefault, membership, deletion,
# iteration over items, and dicts of lists. The checksum depends on the counts only.

SIZE = 2400000  # quick: 300


def word(i):
    return "w" + str((i * 2654435761) % 5003)


def run(n):
    counts = {}
    by_first = {}
    squares = {}
    for i in range(n):
        w = word(i)
        counts[w] = counts.get(w, 0) + 1
        if i % 8 == 0:
            by_first.setdefault(w[:2], []).append(i)
        squares[i % 7919] = i * i
    checksum = 0
    for key, value in counts.items():
        checksum += len(key) * value
    for key in list(squares):
        if key % 3 == 0:
            del squares[key]
    for i in range(n):
        if i in squares:
            checksum += squares[i] % 1000
        w = word(i * 3)
        if w in counts:
            checksum += counts[w]
    for group in by_first.values():
        checksum += len(group) + group[-1]
    merged = {**counts, "extra": 1}
    merged.update({k: v * 2 for k, v in counts.items() if v > 12})
    checksum += sum(merged.values()) + len(merged)
    return checksum % 1000000007


print(run(SIZE))
