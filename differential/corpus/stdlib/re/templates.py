# sub/subn with templates, callables and counts; expand; escape.
import re

date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
text = 'from 2023-01-15 to 2024-12-31, not 99-1-1'
print(date.sub(r'\3/\2/\1', text))
print(date.sub(r'\g<d>.\g<m>.\g<y>', text))
print(date.sub(r'[\g<0>]', text, count=1))
print(date.subn(lambda m: str(int(m['y']) + 1), text))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1\n\t\\', 'ann@site'))
print(re.sub('a', r'\101\n\t', 'banana'))
print(re.sub(rb'(a)', rb'<\1\0>', b'banana'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '|', 'abc'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
m = date.search(text)
print(m.expand(r'\g<y>/\g<2>: \0 \\n'), m.expand(r'\n'))
for bad in [r'\9', r'\g<nope>', r'\g<1', r'\g<-1>', '\\', r'\q']:
    try:
        print(date.sub(bad, text))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.escape('a.b*c?(d)[e]{f} g-h\\i\n'), re.escape(b'1+1=2'))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'), re.subn('l+', 'L', 'hello world', 1))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
print(re.sub(r'(?m)^', '> ', 'one\ntwo\n'))
print(re.sub(r'(\d+)', lambda m: f'{int(m[1]) * 2}', 'a1 b20 c300'))
