# re-heavy work: parse log lines with a verbose pattern and named groups, tokenize text with
# an alternation of groups, substitute with a function, split, and search with lookarounds.
import re

SIZE = 100000  # quick: 60

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s (?P<user>\S+) \s
    \[(?P<when>[^\]]+)\] \s "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/[\d.]+" \s
    (?P<status>\d{3}) \s (?P<size>\d+)""", re.VERBOSE)
TOKEN = re.compile(r"(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=<>!]=?)|(?P<ws>\s+)")
WORD = re.compile(r"\b(\w)(\w*)\b")


def make_line(i):
    return '%d.%d.%d.%d - %s [10/Oct/2023:13:%02d:%02d +0000] "%s /api/v%d/items/%d?q=%d HTTP/1.1" %d %d' % (
        i % 256, i * 7 % 256, i * 13 % 256, i * 17 % 256, "-" if i % 4 else "user%d" % i,
        i % 60, i * 7 % 60, ("GET", "POST", "PUT", "DELETE")[i % 4], i % 3, i, i * 31 % 1000,
        (200, 201, 404, 500, 304)[i % 5], i * 101 % 50000)


def run(n):
    lines = [make_line(i) for i in range(n)]
    checksum = 0
    for _ in range(3):
        statuses = {}
        for line in lines:
            m = LINE.match(line)
            if m:
                statuses[m["status"]] = statuses.get(m["status"], 0) + int(m["size"])
                checksum += len(m.group("path")) + m.end("ip")
        checksum += sum(statuses.values())
        source = " ".join("x%d = (y + %d.5) * z_%d - 7 != q" % (i, i, i % 9) for i in range(n // 10))
        for tok in TOKEN.finditer(source):
            checksum += len(tok.lastgroup)
        text = " ".join(lines[: n // 5])
        checksum += len(WORD.sub(lambda m: m.group(1).upper() + m.group(2), text))
        checksum += len(re.split(r"[\s\[\]\"]+", text))
        checksum += len(re.findall(r"(?<=/items/)\d+(?=\?)", text))
        checksum += len(re.sub(r"(\d+)\.(\d+)", r"\2.\1", text))
    return checksum % 1000000007


print(run(SIZE))
