# json-heavy work: encode records to JSON text (compact, sorted and indented), decode them
# back with and without hooks, and walk the result. The checksum depends on the texts only.
import json

SIZE = 22500  # quick: 30


def record(i):
    return {
        "id": i,
        "name": "user%d" % (i * 7919 % 10007),
        "email": "u%d@example.com" % i,
        "score": (i * 37 % 1000) / 8.0,
        "active": i % 3 == 0,
        "tags": ["t%d" % (i % 11), "t%d" % (i % 13), "caf\u00e9"],
        "address": {"street": "%d Main St" % (i % 500), "zip": "%05d" % (i * 31 % 99999),
                    "geo": [i * 0.001, -i * 0.002]},
        "note": None if i % 5 else "line\nwith \"quotes\" and \\ slash",
    }


def run(n):
    records = [record(i) for i in range(n)]
    checksum = 0
    for round_ in range(6):
        text = json.dumps(records, sort_keys=(round_ % 2 == 0))
        checksum += len(text)
        back = json.loads(text)
        checksum += sum(r["id"] for r in back) + sum(len(r["tags"]) for r in back)
        pretty = json.dumps(records[: n // 10], indent=2)
        checksum += len(pretty) + len(json.loads(pretty))
        pairs = json.loads(json.dumps(records[: n // 4]), object_pairs_hook=lambda p: len(p))
        checksum += sum(pairs)
        ascii_text = json.dumps(records[:50], ensure_ascii=False)
        checksum += len(ascii_text)
    return checksum % 1000000007


print(run(SIZE))
