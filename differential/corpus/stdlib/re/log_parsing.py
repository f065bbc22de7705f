# re on an access log: named groups, finditer, sub with a function, split, flags, verbose patterns.
import re
from collections import Counter

log = """127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - ann [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 53
10.0.0.5 - ann [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 112
192.168.1.20 - - [10/Oct/2023:14:01:12 +0000] "GET /static/app.js?v=3 HTTP/1.1" 304 0
bad line here
127.0.0.1 - - [10/Oct/2023:14:02:00 +0000] "DELETE /api/item/42 HTTP/2.0" 500 19"""
LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s (?P<user>\S+) \s
    \[(?P<when>[^\]]+)\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/(?P<ver>[\d.]+)" \s
    (?P<status>\d{3}) \s (?P<size>\d+)
""", re.VERBOSE)
records = []
for line in log.splitlines():
    m = LINE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    records.append(m.groupdict())
print(len(records), records[1])
print(Counter(r["status"] for r in records).most_common(), Counter(r["ip"] for r in records)["10.0.0.5"])
print([m.group("path") for m in LINE.finditer(log) if m["method"] == "GET"])
print(re.sub(r"\d+(?=\])", "XX", log.splitlines()[0]))
print(re.sub(r"(?P<a>\d+)\.(?P<b>\d+)\.\d+\.\d+", r"\g<b>.\g<a>.*.*", log.splitlines()[1]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333", count=2))
print(re.subn(r"\s+", " ", "a  b \t c\n d"), re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3", maxsplit=1))
print(re.findall(r"(\w+)=(\d+)", "x=1, y=22, z=abc"), re.findall(r"\bcat\b", "cat concat cat."))
m = re.search(r"(?i)(?P<word>ERROR|WARN)\W+(\w+)", "... warn: disk full")
print(m.group(0), m.group("word"), m.group(2), m.span(2), m.start(), m.end(), m.groups(), m.lastgroup, m.lastindex)
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc1"), re.match(r"a|ab", "ab").group())
print(re.escape("1.5*[x]+?"), re.compile(r"(a)(b)?").match("a").groups(default="-"))
pat = re.compile(r"^\s*(#.*)?$", re.M)
print(pat.findall("# c1\ncode\n  # c2\n\n"), pat.pattern, pat.flags & re.M, pat.groups, pat.groupindex)
for bad in [r"(", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\k", "[z-a]"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", e.msg, e.pos)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub("a*", "-", "baac"), re.sub("x*", "-", "abc"))
print([m.span() for m in re.finditer(r"\d*", "a12b")], re.search(r"(?<=\$)\d+(\.\d\d)?", "cost: $42.50").group())
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group(), re.findall(r"(?s)<b>(.*?)</b>", "<b>x\ny</b><b>z</b>"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"[^\W\d_]+", "héllo wörld 42 _x"))
print(re.match(rb"(\d+)-(\d+)", b"10-20").groups(), re.findall(r"\u00e9|\N{SNOWMAN}", "é☃"))
