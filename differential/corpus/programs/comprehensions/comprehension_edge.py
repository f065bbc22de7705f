print([x for x in []], {x for x in ""}, {k: v for k, v in {}.items()}, list(x for x in ()))
print([x for x in range(5) if x > 1 if x < 4], [x for x in range(3) for x in range(x)])
print([[x, y] for x, y in zip("ab", [1, 2])], [(lambda: x)() for x in range(3)])
print([i for i in range(3)] == list(range(3)), [*[i for i in range(2)], *(j for j in "ab")])
print([len(s) for s in ("a", "bb") if (n := len(s))], n)
seen = []
print([seen.append(x) or x for x in "abc"], seen)
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}), {n: n % 3 == 0 for n in range(7)})
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(e)
print([x if x % 2 else -x for x in range(6)], [y for x in [[1, [2]], [3]] for y in x])
print({**{i: i for i in range(2)}, **{"k": [j for j in range(2)]}})
