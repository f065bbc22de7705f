# bisect on sorted data: interval lookup, rank queries, and keeping a leaderboard sorted.
import bisect

boundaries = [0, 18, 65, 120]
labels = ["child", "adult", "senior"]
for age in [0, 17, 18, 64, 65, 100]:
    print(age, labels[bisect.bisect_right(boundaries, age) - 1])
scores = []
for name, score in [("ann", 50), ("bob", 70), ("cy", 50), ("dee", 90), ("eve", 10)]:
    bisect.insort(scores, (-score, name))
print([(n, -s) for s, n in scores])
data = sorted([5, 1, 9, 3, 7, 3, 3])
print(data, bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), data.count(3))
print([bisect.bisect(data, x) for x in range(0, 11, 2)])
def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_in_range(data, 3, 7), count_in_range(data, 10, 20))
words = sorted(["pear", "Apple", "fig", "banana"], key=str.lower)
print(words, bisect.bisect_left(words, "c", key=str.lower))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
