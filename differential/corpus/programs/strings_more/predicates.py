# character-class predicates of str over ASCII, Latin-1 and other scripts
samples = ['abc', 'ABC', 'abc123', '123', '١٢٣', '²³', '½', 'Ⅻ', '一二三', '  \t\n',
           '\x1c\x1d\x1e\x1f', '\x85\xa0', '\u2028', '', 'a b', '_id', '1id', 'ñame',
           'x\u0301', 'déjà', '\x00', '\x7f', 'Σ', '𝟙', '\U0001F600', '\u200b', 'ǅ']
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isspace(), s.isprintable(), s.isascii(), s.isidentifier())
print([c for c in map(chr, range(0x2000, 0x2010)) if c.isspace()])
print(sum(1 for c in map(chr, range(0x3000)) if c.isdigit()))
print(sum(1 for c in map(chr, range(0x3000)) if c.isnumeric()))
print(sum(1 for c in map(chr, range(0x3000)) if c.isprintable()))
print(sum(1 for c in map(chr, range(0x3000)) if c.isidentifier()))
