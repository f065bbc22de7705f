parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts), "-".join(parts[::2]), ",".join(str(i) for i in range(10)))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s), repr(s.rstrip()))
lines = ["first", "second", "third"]
text = "\n".join(lines)
print(text, len(text), text.count("\n"), text.splitlines() == lines)
table = "\n".join(f"{n:>3} | {n * n:>4} | {'#' * n}" for n in range(1, 6))
print(table)
print("=" * 20, "-" * 0 + "|", "ab" * 2 + "c")
words = "one two three".split()
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words), "".join(w[0] for w in words))
acc = []
for ch in "Hello World":
    acc.append(ch.swapcase() if ch.isalpha() else "_")
print("".join(acc))
print(str(12) + str(3.5) + str(None) + str(True) + str([1]) + str((2,)) + str({3}))
