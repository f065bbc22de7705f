gen = (x for x in range(3))
print(list(gen), list(gen), sum(gen))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
it = iter("abcdefg")
print([''.join(chunk) for chunk in zip(it, it, it)])
it = iter(range(10))
print(3 in it, list(it))
m = map(abs, [-1, -2])
print(list(m), list(m))
z = zip([1, 2], [3, 4])
print(dict(z), dict(z))
r = reversed("abc")
print("".join(r), "".join(r))
nums = iter([1, 2, 3])
first = next(nums)
rest = list(nums)
print(first, rest)
def gen_fn():
    yield 1
    yield 2
g = gen_fn()
for x in g:
    print("loop", x)
    break
print(list(g))
