poem = """\
Roses are red,
  violets are blue;
\tsugar is sweet."""
print(poem)
print(poem.splitlines(), len(poem.splitlines()))
raw = r"C:\new\table\x41"
print(raw, len(raw), raw.split("\\"), repr(raw))
rb = rb"\x00\n"
print(rb, len(rb), br"\d+" == rb"\d+")
print(r"\"", len(r"\""), r"a\
b", repr(r"\\"))
doc = '''single 'quotes' and "doubles" inside'''
print(doc, doc.count("'"), doc.count('"'))
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}", "\u03b3", "\U0001F40D", len("\N{SNAKE}"))
long_line = ("implicit "
             "concatenation "
             f"with {1 + 1} f-string")
print(long_line)
