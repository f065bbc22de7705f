# What match objects answer, as programs inspect them.
import copy
import re

m = re.search(r'(?P<key>\w+)\s*=\s*(?P<value>"[^"]*"|\S+)(?:\s*#(?P<comment>.*))?',
              'setting  speed = "fast"   # the default')
print(m)
print(m.group(), m.group('key', 'value'), m[2], m['comment'], m.groups())
print(m.groupdict(), m.span('value'), m.start(3), m.end(), m.pos, m.endpos)
print(m.re.pattern[:10], m.string[:7], m.lastindex, m.lastgroup, m.regs)
print(copy.copy(m) is m, copy.deepcopy(m) is m)
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('?'), m.span(2), m.group(2), m.lastindex, m.regs)
try:
    m.group(4)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('x')
except IndexError as e:
    print('IndexError', e)
print(re.match('.*', 'x' * 100))
print(re.match(b'..', b'\x00\xff'))
print(re.match('', ''), re.fullmatch('a|ab', 'ab'), re.match('a|ab', 'ab'))
print(re.Match, re.Pattern, re.Pattern[str], re.Match[bytes])
print(isinstance(m, re.Match), type(re.compile('')) is re.Pattern)
p = re.compile(r'\d+')
print(p.search('ab123cd45', 4), p.search('ab123cd45', 0, 3), p.match('123', 1))
print(p.findall('1 22 333 4444', 2, 9), list(p.finditer('1 22 333'))[1:])
print(p.split('a1b22c333d', maxsplit=2), re.split(r'(\d)(x)?', 'a1b2xc'))
print(re.split(r'\b', 'two words'), re.split(r'\W*', '...words, words...'))
