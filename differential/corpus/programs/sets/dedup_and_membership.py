data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
print(set(data), len(set(data)), sorted(set(data)))
seen = set()
unique_in_order = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order, list(dict.fromkeys(data)) == unique_in_order)
dups = {x for x in data if data.count(x) > 1}
print(dups, sorted(dups))
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)), sorted(set(words)), {w for w in words if words.count(w) == 1})
vowels = set("aeiou")
print([w for w in words if set(w) & vowels == {"a"}], sum(1 for c in "education" if c in vowels))
print(set("hello") - set("world"), set("hello") & set("world"), set("hello") ^ set("world"))
big = set(range(0, 1000, 7))
print(len(big), 49 in big, 50 in big, len(big & set(range(0, 1000, 11))))
