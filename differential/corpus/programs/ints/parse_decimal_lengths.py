# int() of decimal strings of every length from 1 to 60 digits and a few long ones: leading
# zeros, signs, spaces and underscores, compared through str() and arithmetic, and the
# errors for malformed literals.
import random
import sys

random.seed(11)
acc = 0
for n in list(range(1, 61)) + [99, 100, 101, 239, 500, 1000, 2001, 4300]:
    for k in range(12):
        s = str(random.randrange(1, 10)) + "".join(random.choice("0123456789")
                                                   for _ in range(n - 1))
        v = int(s)
        assert str(v) == s, (s, v)
        assert int("-" + s) == -v and int(" +" + s + "\n") == v
        assert int("000" + s) == v
        if n > 3:
            assert int(s[:2] + "_" + s[2:]) == v
        acc = (acc * 1000003 + v % (2**61 - 1)) % (2**61 - 1)
print(acc)
print(int("1" * 19), int("9" * 19), int("18446744073709551616"), int("-9223372036854775809"))
print(int(" -0000000000000000000000012 "), int("1_000_000_000_000_000_000_000"))
print(int("٣" * 25), int("0" * 30))
for bad in ["1__0", "_1", "1_", "12a", "", " ", "--1", "1 2", "0x10", "1" * 30 + "x"]:
    try:
        int(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(int("7" * 5000))))
