# str * int and tuple * int, both ways round and in place, with subclasses on either side,
# bools as counts, and the errors of counts that are too large or not ints.
class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


print("ab" * 3, 3 * "ab", (1, 2) * 2, 2 * (1,), repr("x" * 0), repr("x" * -1), "é" * 2)
print("\ud800" * 2 == "\ud800\ud800", len("\U0001F600" * 3), ascii("\ud83d" * 2))
print(type(S("a") * 2).__name__, "a" * I(2), I(2) * "a", type(T((1,)) * 2).__name__)
print(True * "ab", repr("ab" * False), (1,) * True, 0 * (1, 2))
s = "ab"
s *= 3
t = (1,)
t *= 3
before = t
t *= 1
print(s, t, t is before)
for bad in (lambda: "a" * (10**30), lambda: (10**30) * "a", lambda: "a" * 2.0,
            lambda: 2.5 * (1,), lambda: (1,) * (1 << 62), lambda: "ab" * (1 << 40),
            lambda: "a" * "b", lambda: None * "a"):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
