words = ["hello", "WORLD", "MiXeD", "title Case", "snake_case_name", "ǆ", "ß"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("abcabc".count("abc"), "aaaa".count("aa"), "abc".count("d"), "a".count("a", 5))
print("ab".__mul__(3), "ab".__rmul__(2), "ab".__add__("c"), "ab".__mod__(()), "b".__gt__("a"))
print("ABC".lower().upper().lower(), "x".upper() * 3)
print(str.upper("q"), str.join("+", "abc"), str.__len__("four"))
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    "".join(None)
except TypeError as e:
    print(e)
