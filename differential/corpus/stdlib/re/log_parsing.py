# Parsing an access log with named groups, as scripts do.
import re
from collections import Counter

LOG = """\
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.2 - - [10/Oct/2000:13:56:02 -0700] "GET /home?user=ann&x=1 HTTP/1.1" 200 5120
192.168.1.9 - bob [11/Oct/2000:01:02:03 +0000] "GET /missing HTTP/1.1" 404 512
garbage line that does not parse
10.0.0.3 - - [11/Oct/2000:01:02:04 +0000] "DELETE /item/42 HTTP/1.1" 500 0
"""

LINE = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ \S+ \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) \s (?P<tz>[+-]\d{4})\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>[^\s?]+)(?:\?(?P<query>\S*))? \s HTTP/(?P<version>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-)
''', re.VERBOSE)

statuses = Counter()
bytes_by_ip = Counter()
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.fullmatch(line)
    if m is None:
        print(f"line {number}: unparsable: {line!r}")
        continue
    d = m.groupdict()
    statuses[d['status']] += 1
    if d['size'] != '-':
        bytes_by_ip[d['ip']] += int(d['size'])
    query = dict(re.findall(r'(\w+)=([^&]*)', d['query'] or ''))
    print(number, d['method'], d['path'], query, m.span('path'), m.lastgroup, m.lastindex)

print(sorted(statuses.items()))
print(sorted(bytes_by_ip.items()))
print(LINE.groups, sorted(LINE.groupindex))
print(re.sub(r'\d{1,3}(?:\.\d{1,3}){3}', lambda m: 'x.x.x.' + m.group().rsplit('.', 1)[1], LOG)[:120])
print(re.findall(r'"(\w+) ([^ ]+)', LOG))
print([m.start() for m in re.finditer(r'^\d', LOG, re.M)])
print(re.split(r'\s*\n\s*', LOG.strip())[-1])
