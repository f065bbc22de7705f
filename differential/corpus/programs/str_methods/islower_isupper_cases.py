samples = ["hello", "HELLO", "Hello", "hello world", "Hello World", "HELLO world", "123", "abc123",
           "ABC123", "", " ", "ß", "ǅ", "σς", "ΣΑΣ", "İstanbul", "ﬁ"]
for s in samples:
    print(f"{s!r:16}", s.islower(), s.isupper(), s.istitle(), s.upper(), s.lower(), s.title(),
          s.capitalize(), s.swapcase(), s.casefold())
print(sum(s.islower() for s in samples), sum(s.isupper() for s in samples))
print([s for s in samples if s.upper().lower() != s.lower()])
print([len(s.upper()) - len(s) for s in samples])
print("".join(sorted(set("".join(samples).casefold()))))
print([s.title() == s for s in samples])
