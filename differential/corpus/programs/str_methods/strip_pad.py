s = "xxhixx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "  hi \n".strip(), "\t hi".lstrip(), "abcba".strip("ab"))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("ab".center(1)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("-42".zfill(6)), repr("+7".zfill(4)))
print(repr("abc".zfill(2)), repr("".zfill(3)), repr("x".ljust(3, "é")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "x".strip(5)
except TypeError as e:
    print(e)
print("Hello".startswith("He"), "Hello".startswith(("x", "H")), "Hello".endswith("lo", 0, 5))
print("Hello".startswith("l", 2), "Hello".endswith("l", 0, 4), "".startswith(""), "a".endswith(("",)))
try:
    "a".startswith(["a"])
except TypeError as e:
    print(e)
print("  \t\n".isspace(), "".isspace(), "AbC".swapcase(), "ab cd".title(), "aBC".capitalize())
