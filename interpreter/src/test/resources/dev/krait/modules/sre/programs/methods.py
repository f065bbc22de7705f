from _recompile import compile, I, M

words = compile(r'\w+')
print(words.findall('the quick  brown fox'), words.findall('the quick brown', 4, 9))
print(compile(r'(\w)(\w)?').findall('abc d'), compile(r'(\d)').findall('a1b2'))
print(compile(r'x*').findall('axxb'), compile(r'').findall('abc'), compile(r'\b').findall('a b'))
print([m.span() for m in compile(r'x*').finditer('axxbx')])
print([m.group() for m in compile(r'\d+').finditer('1 22 333', 2)])
print(compile(r',\s*').split('a, b,c,  d'), compile(r'(,)\s*').split('a, b,c', 1))
print(compile(r'x*').split('axbc'), compile(r'(?:)').split('abc'), compile(r'\W').split(''))
print(compile(r'(a)|(b)').split('xaybz'))
print(compile(r'\d').sub('#', 'a1b22c'), compile(r'\d').sub('#', 'a1b22c', 2))
print(compile(r'\d').subn('#', 'a1b22c'), compile(r'z').subn('#', 'abc'))
print(compile(r'x*').sub('-', 'abxd'), compile(r'').sub('-', 'abc'))
print(compile(r'(\w+)').sub(lambda m: m.group(1).upper(), 'hi there'))
print(compile(r'\w').sub(lambda m: None if m.group() == 'b' else '*', 'abc'))
print(compile(r'a', I).sub('x', 'AaA'), compile(r'^\w', M).sub('>', 'ab\ncd'))
print(compile(rb'[aeiou]').sub(b'_', b'education'), compile(rb'\s+').split(b'a  b\tc'))
print(compile(rb'\d+').findall(bytearray(b'12 ab 345')))
print(compile(rb'(\d+)').sub(b'<>', bytearray(b'1a22')))
print(compile(rb'a').sub(lambda m: bytearray(b'AA'), b'banana'))
for bad in [lambda: compile(r'a').sub(lambda m: 1, 'a'),
            lambda: compile(rb'a').sub(lambda m: 'x', b'a'), lambda: compile(r'a').match(b'a'),
            lambda: compile(rb'a').match('a'), lambda: compile(r'a').match(1),
            lambda: compile(r'a').search('a', 'x'), lambda: compile(r'a').findall(None),
            lambda: compile(r'a').split('a', maxsplit='x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
sc = compile(r'\d').scanner('1a23')
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.match())
sc = compile(r'a*').scanner('baa')
print([sc.search() for _ in range(4)])
s = 'x' * 10 + 'y'
print(compile(r'x').search(s, 5).span(), compile(r'x').search(s, -5, 3).span(),
      compile(r'^x').match(s, 3), compile(r'x$').search(s, 0, 10).span(),
      compile(r'y').search(s, 20), compile(r'x').fullmatch(s, 9, 10).span())
