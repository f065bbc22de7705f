nums = list(range(-5, 6))
print([n * n for n in nums], [n for n in nums if n % 2 == 0], [abs(n) for n in nums][::3])
print(list(filter(None, nums)), list(map(lambda n: n + 1, nums[:3])), list(enumerate("ab", 1)))
print(sum(nums), min(nums), max(nums), sorted(nums, key=lambda n: (n * n, n)))
print(nums.count(0), len(nums), any(n > 4 for n in nums), all(n > -6 for n in nums))
print([x for x in reversed(nums) if x > 0], list(zip(nums[:3], nums[-3:])))
print([[i] * i for i in range(4)], [(i, j) for i in range(3) for j in range(i)])
print(list(range(10))[::-3], [c * 2 for c in "abc"], [i for i in [] if i])
total = 0
for i, n in enumerate(nums):
    if n > 0:
        total += i * n
print(total)
