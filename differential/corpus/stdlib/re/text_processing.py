# Word statistics, bytes processing and a catastrophic-looking pattern CPython still finishes.
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness; it was the epoch of belief — it was the epoch
of incredulity. Café déjà-vu: naïve coöperation! Numbers: 3.14, 42, -7, 1e10, ٣٤."""

words = re.findall(r"\b[^\W\d_]+(?:[-'][^\W\d_]+)*\b", TEXT.lower())
print(len(words), Counter(words).most_common(5))
print(re.findall(r'[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?', TEXT))
print(re.findall(r'\d+', TEXT), re.findall(r'(?a)\d+', TEXT))
print(re.sub(r'([.!?;—])\s*', r'\1\n', TEXT).splitlines()[:4])
sentences = [s for s in re.split(r'(?<=[.!?])\s+', TEXT) if s]
print(len(sentences), [len(s) for s in sentences])
print(re.sub(r'(?i)\bit was\b', 'IT WAS', TEXT)[:60])
print(re.findall(r'\b(\w)\w*\s+\1\w*', 'big bad wolf sat still'))
print(re.findall(r'(?<!\w)(?:[A-Z][a-z]+)(?!\w)', TEXT))

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\nbody'
head, _, body = data.partition(b'\r\n\r\n')
fields = dict(re.findall(rb'^([\w-]+):\s*(.*?)\r?$', head, re.M))
print(fields, re.match(rb'(\w+) (\S+)', head).groups(), body)
print(re.sub(rb'[^\x20-\x7e]', b'.', b'a\x00b\xffc\n'))

print(re.match(r'(a+)+$', 'a' * 18 + 'b'))
print(re.match(r'(?:a|aa)*c', 'a' * 20 + 'c').end())
print(re.search(r'(x+x+)+y', 'x' * 14))
print(len(re.match(r'(?:ab)*', 'ab' * 50000).group()))
print(re.match(r'(a|b)*?c', 'ab' * 20000 + 'c').span(1))
