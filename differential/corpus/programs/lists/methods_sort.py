words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
w = words[:]
w.sort(key=lambda s: (s.lower(), s))
print(w)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), max(nums, key=abs), min(nums))
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(e)
try:
    [].sort(reverse=True, cmp=None)
except TypeError as e:
    print(e)
stable = sorted([("x", 3), ("y", 1), ("z", 3), ("w", 1)], key=lambda t: t[1])
print(stable, [3, 1, 2].sort(), sorted("hello"), sorted({3: 1, 1: 2}))
