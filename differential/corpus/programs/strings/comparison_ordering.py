pairs = [("a", "b"), ("a", "A"), ("abc", "abd"), ("", "a"), ("Z", "a"), ("é", "z"), ("10", "9"),
         ("a\x00", "a"), ("😀", "\uffff"), ("straße", "strasse")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, (a > b) - (a < b))
print(sorted(["b", "B", "a", "A", "_", "1", " ", "~", "é"]))
print(max(["apple", "Apple", "APPLE"]), min(["ab", "a", "abc"]), "abc" in "xabcx", "abd" in "abcabd")
print("a" * 3 == "aaa", "ab" < "abc" < "abd" < "b", "x" != "X", "x".lower() == "X".lower())
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" in 5
except TypeError as e:
    print(e)
try:
    5 in "abc"
except TypeError as e:
    print(e)
print("" in "", "" in "abc", "abc".startswith(""), "a" != None)
