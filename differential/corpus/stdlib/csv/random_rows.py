# Random text through csv.reader and csv.writer under many dialects: every row, every
# error, summarised by a digest, as CPython gives them.
import collections
import csv
import hashlib
import io
import random

rng = random.Random(2024)
alphabet = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\t', '|', 'é', '1', '.']
dialects = [
    {},
    {"delimiter": ";", "quotechar": "'"},
    {"escapechar": "\\"},
    {"escapechar": "\\", "doublequote": False},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_ALL},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"skipinitialspace": True, "strict": True},
    {"delimiter": "|", "lineterminator": "\n"},
    {"strict": True},
]
outcomes = []
errors = collections.Counter()
for trial in range(700):
    params = rng.choice(dialects)
    text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), **params))
        outcomes.append(("read", rows))
    except (csv.Error, ValueError) as e:
        errors[type(e).__name__ + (": " + str(e) if isinstance(e, csv.Error) else "")] += 1
        outcomes.append(("read-error", str(e)))
    fields = [rng.choice([text[:5], text[5:], 3, 2.5, None, "", " x"]) for _ in range(3)]
    buf = io.StringIO()
    try:
        csv.writer(buf, **params).writerow(fields)
        written = buf.getvalue()
        outcomes.append(("write", written))
        back = list(csv.reader(io.StringIO(written, newline=""), **params))
        outcomes.append(("reread", back))
    except (csv.Error, ValueError) as e:
        errors[type(e).__name__ + (": " + str(e) if isinstance(e, csv.Error) else "")] += 1
        outcomes.append(("write-error", str(e)))
for message, n in sorted(errors.items()):
    print(n, message)
print(len(outcomes), hashlib.sha256(repr(outcomes).encode()).hexdigest())
