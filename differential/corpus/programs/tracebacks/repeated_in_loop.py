def fail_third(i):
    if i == 3:
        raise ValueError(f"bad item {i}")
    return i
def walk(n):
    if n == 0:
        return fail_third(3)
    return walk(n - 1)
for i in range(3):
    print(fail_third(i))
walk(12)
