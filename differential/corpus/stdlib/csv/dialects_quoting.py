# Dialects, quoting modes, escapes and the reader's errors.
import csv
import io

class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = True

csv.register_dialect("semi", Semicolons)
csv.register_dialect("tabs", delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="^")
print(sorted(csv.list_dialects()))
for name in ("excel", "excel-tab", "unix", "semi", "tabs"):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.quoting, repr(d.lineterminator),
          d.doublequote, repr(d.escapechar), d.skipinitialspace, d.strict)

rows = [["plain", "with;semi", "it's", "tab\there", "back\\slash", 42, None, 3.5]]
for name in ("excel", "unix", "semi", "tabs"):
    buf = io.StringIO()
    csv.writer(buf, name).writerows(rows)
    text = buf.getvalue()
    print(name, repr(text))
    print("  ->", list(csv.reader(io.StringIO(text), name)))

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buf = io.StringIO()
    try:
        csv.writer(buf, quoting=quoting, escapechar="\\").writerow(["a", 1, 2.0, True, 'q"t', ""])
        print(quoting, repr(buf.getvalue()))
    except csv.Error as e:
        print(quoting, "Error:", e)

# Reader edge cases.
samples = ['a,"b,c",d', '"x""y"', '"unterminated', 'a,b,', ',', '  "sp"', '"q"x',
           'a\\,b', '']
for s in samples:
    for strict in (False, True):
        try:
            print(repr(s), strict, list(csv.reader([s], strict=strict, escapechar="\\")))
        except csv.Error as e:
            print(repr(s), strict, "Error:", e)

for bad in [dict(delimiter=""), dict(delimiter="ab"), dict(quotechar=None, quoting=csv.QUOTE_ALL),
            dict(quoting=9), dict(lineterminator=None), dict(escapechar=5), dict(quoting="1")]:
    try:
        csv.writer(io.StringIO(), **bad)
    except TypeError as e:
        print(sorted(bad), "TypeError:", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
try:
    csv.unregister_dialect("nope")
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(object())
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader([b"bytes line"]))
except csv.Error as e:
    print("Error:", e)
old = csv.field_size_limit(8)
try:
    list(csv.reader(["short,much too long field"]))
except csv.Error as e:
    print("Error:", e)
print(old, csv.field_size_limit(old))
