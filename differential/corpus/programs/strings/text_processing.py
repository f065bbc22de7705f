text = """The Zen of Python, by Tim Peters
Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], lines[0].split(",")[0])
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), sorted(set(words))[:8], words.count("better"))
pairs = [line.split(" is better than ") for line in lines[1:]]
print([(a, b.rstrip(".")) for a, b in pairs])
print(text.upper().count("E"), text.title().splitlines()[1], text.swapcase()[:10])
acronym = "".join(w[0] for w in lines[0].replace(",", "").split())
print(acronym, acronym.lower(), acronym[::-1])
wrapped = []
line = ""
for w in " ".join(lines[1:]).split():
    if len(line) + len(w) + 1 > 24:
        wrapped.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
wrapped.append(line)
print("\n".join(f"|{l:<24}|" for l in wrapped))
