print("a\tb", "a\\tb", r"a\tb", "\x41\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}")
print("\101\102\0", len("\0"), len("\n\r"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(b"\x41\101".decode(), "line1\
line2", r"\n".__len__(), len(r"\\"))
print("""triple
quoted""", '''single
quoted''')
print("adjacent" " strings" ' join')
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"), "\N{BULLET}")
print(repr("\r\n\t\x0b\x0c\x1b\x7f\x80\xa0\xad"))
print(repr("\ud800") if False else "skip", repr("\U0010ffff"), repr("\u2028"))
s = "quote'\"backslash\\"
print(s, repr(s), len(s))
print(f"{'nested'}", f'{"q"}', f"{'a' 'b'}", "{}".format("\n".strip() or "empty"))
print(str.__doc__.splitlines()[0])
