tests = ["abc", "ABC", "Abc", "abc1", "123", "  ", "", "a b", "Ab Cd", "_x", "x_1", "1.5", "Ⅷ", "٣"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(),
          t.isupper(), t.islower(), t.istitle(), t.isspace(), t.isidentifier(), t.isascii(),
          t.isprintable())
print("keyword".isidentifier(), "class".isidentifier(), "a-b".isidentifier())
print("ABC DEF".istitle(), "Abc Def".istitle(), "Abc def".istitle(), "A1 B2".istitle())
print("ß".islower(), "ß".isupper(), "ᾼ".istitle(), "ǅ".isalpha())
print("0x1f".isalnum(), "".isalnum(), "".isalpha(), "".isdigit(), "".isdecimal())
print("\t".isprintable(), " ".isprintable(), "\x7f".isprintable(), "\xa0".isprintable())
print(all(c.isdigit() for c in "0123456789"), "٣".isdecimal(), "③".isdigit(), "③".isdecimal())
print("ab".isascii(), "\x80".isascii(), "\x7f".isascii())
