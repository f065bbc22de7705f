records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
lst = [3, 1, 2]
print(lst.sort(), lst)
big = [(i % 7, i) for i in range(50)]
big.sort(key=lambda t: t[0])
print(big[:10])
print(all(big[i][1] < big[i + 1][1] for i in range(len(big) - 1) if big[i][0] == big[i + 1][0]))
words = "the Quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
