# Validating input with fullmatch, flags, and reporting pattern errors.
import re

EMAIL = re.compile(r'[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}')
PHONE = re.compile(r'\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})')
PASSWORD = re.compile(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\s).{8,}')

for s in ['ann@example.com', 'bad@', 'x.y+z@sub.domain.org', 'a@b.c', 'üser@exämple.de']:
    print(s, bool(EMAIL.fullmatch(s)))
for s in ['(555) 123-4567', '555.123.4567', '5551234567', '55-1234-567']:
    m = PHONE.fullmatch(s)
    print(s, m and '-'.join(m.groups()))
for s in ['Passw0rd', 'password', 'Pass 0rdX', 'Sh0rt']:
    print(s, PASSWORD.match(s) is not None)

print(re.match(r'(?i)[a-z]+', 'HeLLo').group(), re.match(r'[a-z]+', 'HeLLo'))
print(re.findall(r'(?a)\w+', 'naïve café'), re.findall(r'\w+', 'naïve café'))
print(re.search(r'^b', 'a\nb'), re.search(r'(?m)^b', 'a\nb').span())
print(re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'))
print(re.compile(r'x', re.I | re.M), re.compile(rb'x', re.I), re.compile('x', re.A | re.S))
print(re.compile(r'\d', re.I).flags == re.compile(r'\d', re.IGNORECASE).flags)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.purge(), re.compile('q') is re.compile('q'))

for bad in ['(', 'a)', '[a-', '*a', 'a{2,1}', '(?P<n>a)(?P<n>b)', '(?<=a+)b', r'\1(a)',
            '(?P=missing)', 'x{70000}', '(?i', r'\k', '[z-a]']:
    try:
        re.compile(bad)
        print(bad, 'compiled')
    except re.error as e:
        print(repr(bad), '->', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('a').match(b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a').search('a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
