# case mapping and case predicates on Unicode text (full mappings, final sigma, titlecase)
words = ['hello world', 'HELLO', 'ǆungla', 'straße', 'ΣΊΣΥΦΟΣ', 'ﬁne ﬂow', 'İstanbul',
         "they're bill's", 'a1b2 c3', '', '123', 'ὈΔΥΣΣΕΎΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()))
    print('  ', repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
    print('  ', w.islower(), w.isupper(), w.istitle())
print('ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.lower(), 'ǅ'.upper(), 'ǆ'.title())
print('ß'.upper(), 'ŉ'.upper(), 'ΐ'.upper(), 'ﬃ'.upper(), 'ﬃ'.title())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '1A'.istitle())
print('ABC def'.swapcase(), 'Ǳ'.swapcase(), 'ǲ'.swapcase())
print('\U0001044f'.upper(), '\U00010427'.lower(), '𝐀'.lower())
