# CSV files on disk: newline='' handling, embedded newlines, a UTF-8 BOM, and appending.
import csv
import os
import tempfile

rows = [
    ["id", "title", "comment"],
    ["1", "Café crème", "first line\nsecond line"],
    ["2", "naïve résumé", 'he said "yes"'],
    ["3", "emoji 🎉", "  spaced  "],
    ["4", "", "trailing,comma"],
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw[:3], raw.count(b"\r\n"), len(raw))

    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        back = list(reader)
        print(reader.line_num)
    print(back == rows)

    with open(path, "a", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "comment"])
        w.writerow({"id": 5, "title": "added", "comment": None})
    with open(path, newline="", encoding="utf-8-sig") as f:
        for record in csv.DictReader(f):
            print(record["id"], repr(record["title"]), repr(record["comment"]))

    # Reading without newline='' turns \r\n inside quoted fields into \n.
    tsv = os.path.join(tmp, "data.tsv")
    with open(tsv, "w", newline="") as f:
        csv.writer(f, dialect="excel-tab").writerow(["a\r\nb", "c"])
    with open(tsv) as f:
        print(list(csv.reader(f, dialect="excel-tab")))
    with open(tsv, newline="") as f:
        print(list(csv.reader(f, dialect="excel-tab")))
