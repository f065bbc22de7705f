# Keys of exact ints, floats and strs, alone or in tuples, of every width the packed sort
# meets: offsets, dense ranks, too wide to pack, ties kept in order, NaN, -0.0, bools,
# surrogates, big ints, mixed tuples and tuples whose later items never get compared.
import random

rng = random.Random(1234)


def check(label, keys, reverse=False):
    items = list(range(len(keys)))
    out = sorted(items, key=lambda i: keys[i], reverse=reverse)
    print(label, out[:12], out[-5:])


words = ["k%d" % rng.randrange(40) for _ in range(300)]
nums = [rng.randrange(-500, 500) for _ in range(300)]
check("str,int", [(w, n) for w, n in zip(words, nums)])
check("str,-int rev", [(w, -n) for w, n in zip(words, nums)], reverse=True)
check("int,str", [(n % 7, w) for w, n in zip(words, nums)])
check("ties", [(n % 3, w[:2]) for w, n in zip(words, nums)])
check("ties rev", [(n % 3, w[:2]) for w, n in zip(words, nums)], reverse=True)
check("floats", [n / 7 for n in nums])
check("float tuple", [(n / 7, -n) for n in nums])
check("zeros", [0.0, -0.0, 0.0, -0.0, 1.5, -1.5, -0.0])
check("infs", [float("inf"), -float("inf"), 1e308, -1e308, 5e-324, -5e-324, 0.0])
check("big", [2 ** 70, -2 ** 70, 5, 2 ** 63 - 1, -2 ** 63, 3, 2 ** 62, -2 ** 62])
check("wide", [(2 ** 62 + n, -2 ** 62 + n) for n in nums])
check("wide3", [(n * 10 ** 15, w, n * 2 ** 40) for w, n in zip(words, nums)])
check("bools", [(n % 2 == 0, n % 5) for n in nums])
check("bool int", [True, 2, False, 1, 0, True, -1])
check("surrogates", [("\U0001f600", 1), ("\uffff", 2), ("\ud800", 3), ("a", 4), ("\U0001f600", 0)])
check("empty tuples", [(), (), ()])
check("uneven", [(1, 2), (1,), (0, 5, 6), (1, 2, 0), ()])
check("mixed", [(1, "a"), (1.5, "b"), (1, "c"), (0.5, 2)])
check("distinct first", [(i, None) for i in [3, 1, 2]])
check("long tuples", [tuple(rng.randrange(3) for _ in range(9)) for _ in range(40)])
check("dense", [(rng.randrange(10 ** 18), rng.randrange(10 ** 18)) for _ in range(50)])
check("one", [(5, "x")])
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(sorted([3.5, 1, 2.25]), sorted([1e20, 3, -7]))
try:
    sorted([(1, float("nan")), (1, 2.0), (0, 1.0)])
    print("nan ok", sorted([(1, float("nan")), (1, 2.0), (0, 1.0)]))
except TypeError as e:
    print(e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, None)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, None), (1, None)]))


class Boxed:
    # The same keys through the generic comparison: the packed order must equal it.
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k


agree = 0
for trial in range(40):
    n = rng.randrange(1, 400)
    kinds = [rng.choice("ifsb") for _ in range(rng.randrange(1, 4))]
    span = rng.choice([3, 100, 10 ** 6, 2 ** 40, 2 ** 62])

    def one(kind):
        if kind == "i":
            return rng.randrange(-span, span)
        if kind == "f":
            return rng.randrange(-span, span) / 3
        if kind == "s":
            return "w" + str(rng.randrange(span))
        return rng.random() < 0.5

    keys = [tuple(one(k) for k in kinds) for _ in range(n)]
    if trial % 3 == 0:
        keys = [k[0] for k in keys]
    rev = trial % 2 == 1
    packed = sorted(range(n), key=lambda i: keys[i], reverse=rev)
    generic = sorted(range(n), key=lambda i: Boxed(keys[i]), reverse=rev)
    agree += packed == generic
print("agree", agree, "of 40")
