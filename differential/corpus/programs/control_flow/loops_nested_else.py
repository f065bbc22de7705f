def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
else:
    print("while completed")
print("count", count)
attempts = iter([False, False, True])
for attempt in range(5):
    if next(attempts):
        print("succeeded on", attempt)
        break
else:
    print("gave up")
i = 0
while i < 3:
    i += 1
else:
    print("no break, i =", i)
