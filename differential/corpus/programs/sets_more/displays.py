s = {3, 1, 2, 100, -5, 17, 33, 2**61, 2**61 - 1, -1, -2, 10**30}
print(s)
print({x * 7 for x in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]})
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print({"é", "ü", "ß", "α", "ω", "😀", "x😀", ""})
print({1.5, 2, 2.0, True, 1, 0.1, -0.0, 0, 1e100})
print({(1, 2), (3, 4), "x", (1, (2, 3)), ()})
print({frozenset({1, 2}), frozenset(), frozenset({"a"})})
print(set(), frozenset(), {1}, frozenset({1}))
t = set()
for w in ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]:
    t.add(w)
print(t, len(t))
u = {c for c in "mississippi"}
print(u, sorted(u))
print({n % 13 for n in [100, 200, 300, 400, 500, 600, 700, 800, 900]})
big = set()
for i in [5, 37, 69, 101, 133, 165, 197, 229, 261, 293, 325, 357, 389, 421, 453]:
    big.add(i * 1000003)
print(big)
