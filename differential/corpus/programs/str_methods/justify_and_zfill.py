for w in ["a", "ab", "abc", "abcd"]:
    print(f"[{w.ljust(6)}][{w.rjust(6)}][{w.center(6)}][{w.center(7, '*')}][{w.zfill(6)}]")
for n in ["42", "-42", "+42", "4.2", "", "-", "abc"]:
    print(repr(n.zfill(5)))
print("x".center(4), "xy".center(5, "-"), "x".center(0), "".center(3, "."))
print("title".upper().center(20, "="), "|".join(s.ljust(3) for s in "abc"))
try:
    "x".ljust(5, "")
except TypeError as e:
    print(e)
try:
    "x".rjust("5")
except TypeError as e:
    print(e)
