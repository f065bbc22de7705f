words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
print(sorted(words))
letters = set("mississippi")
print(letters, frozenset("hello"))
words.discard("fig")
words.add("kiwi")
print(words)
print({w[0] for w in words}, {w: len(w) for w in words})
mixed = {"a", 1, (2, "b"), False, 2.5}
print(mixed)
for w in {"x", "y", "z"}:
    print(w, end=" ")
print()
print(list({"one", "two", "three"}), set("abc") | set("cde"), set("abc") ^ set("cde"))
