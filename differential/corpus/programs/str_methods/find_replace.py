s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.rfind("at"), s.find("dog"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count(""), s.count("t", 10))
try:
    s.index("dog")
except ValueError as e:
    print(e)
try:
    s.rindex("dog")
except ValueError as e:
    print(e)
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-")[:12], s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abab".replace("ab", "", 1), "".replace("", "x"))
print(s.find(""), s.find("", 100), "abc".find("c", -1), "abc".find("a", -1))
table = str.maketrans("abc", "xyz", "t")
print(s.translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", "b": None}), str.maketrans("ab", "cd"))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(e)
print("ab" * 3 == "ababab", "abc".replace("b", "\n"), "x".join("12") == "1x2")
print("hello world".index("o", 5), "hello"[slice(1, 4)], "%s" % "ok")
