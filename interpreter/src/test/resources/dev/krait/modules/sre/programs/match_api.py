from _recompile import compile

p = compile(r'(?P<first>\w+) (?P<last>\w+)(?:,(\d+))?(x)?')
m = p.match('Jane Doe,42 rest')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'first', 3))
print(m[0], m[1], m['first'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span(4), m.start(4))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
for bad in (5, -1, 'nope', 2.0, None):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.group(first=1)
except TypeError as e:
    print('TypeError', e)
print(m.group(True), m.start(False))
m2 = p.search('>> Ann Lee', 1, 9)
print(m2, m2.pos, m2.endpos, m2.lastindex, m2.lastgroup)
m3 = compile(r'(a)(b)?').match('ac')
print(m3.groups(), m3.lastindex, m3.span(2), m3.regs)
print(compile(r'(?:(a)|(b))+').match('ab').lastindex)
print(compile(r'(a)|b').match('b').lastindex)
print(repr(compile(r'.*').match('x' * 80)))
print(repr(compile(rb'.+').match(b'\x00\xffabc')))
print(repr(compile(r'.+').match('é\U0001F600\n')))
print(bool(m), type(m).__name__)
try:
    type(m)()
except TypeError as e:
    print('TypeError', e)
