# Reading a CSV report, aggregating it and writing a summary, as scripts do.
import csv
import io
from collections import defaultdict

raw = """region,product,units,price
North,Widget,12,2.50
South,Widget,7,2.50
North,"Gadget, large",3,19.99
East,Gizmo,,4.75
South,"Gadget, large",5,19.99
North,Widget,8,2.50
"""

totals = defaultdict(float)
units = defaultdict(int)
skipped = []
reader = csv.DictReader(io.StringIO(raw))
print(reader.fieldnames)
for row in reader:
    if not row["units"]:
        skipped.append((reader.line_num, row["product"]))
        continue
    n = int(row["units"])
    units[row["product"]] += n
    totals[row["region"]] += n * float(row["price"])
print("skipped", skipped)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["region", "revenue"], lineterminator="\n")
writer.writeheader()
for region in sorted(totals):
    writer.writerow({"region": region, "revenue": f"{totals[region]:.2f}"})
print(out.getvalue(), end="")

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["product", "units"])
w.writerows(sorted(units.items()))
print(out.getvalue(), end="")
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back)

# Missing and extra fields in DictReader/DictWriter.
rows = list(csv.DictReader(io.StringIO("a,b,c\n1,2\n1,2,3,4\n"), restval="?", restkey="more"))
print(rows)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "zzz": 2})
except ValueError as e:
    print("ValueError:", e)
