from _recompile import compile

# Deep and catastrophic cases: CPython's engine uses an explicit stack, never the C stack.
n = 100000
print(compile(r'(a|b)*c').match('ab' * n + 'c').span())
print(compile(r'(?:a|b)*?c').match('ab' * n + 'c').span())
print(compile(r'(a)*').match('a' * n).span(1))
print(compile(r'(?:(a)|b)*').match('ab' * n).lastindex)
print(compile(r'(x+x+)+y').search('x' * 12))
print(compile(r'(a*)*b').match('a' * 12))
print(compile(r'(?:a+)+b').search('a' * 14))
print(len(compile(r'(\w+\s?)*$').match('word ' * 2000).group()))
print(compile(r'(?>a+)+b').search('a' * 30))
print(compile(r'(?:a++)+b').search('a' * 30))
print(compile(r'((a)|b)+?c').match('ab' * 1000 + 'c').span(2))
print(compile(r'(?=(a+))a*b\1').search('baaabac').span())
print(compile(r'(.)\1{2,}').findall('aaabccccd' * 3))
