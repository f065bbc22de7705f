# Formatting numbers and money through the locale module, in the C locale, as a report
# generator would; then the same after setlocale(LC_ALL, "C.UTF-8").
import codecs
import locale

def report(title):
    print("==", title)
    conv = locale.localeconv()
    for key in sorted(conv):
        print("  %-18s %r" % (key, conv[key]))
    rows = [("apples", 1234567, 0.5), ("pears", 42, 1234.125), ("plums", -9876543, -0.005)]
    for name, count, price in rows:
        print("  " + locale.format_string("%-8s %12d %14.3f", (name, count, price),
                                          grouping=True))
        print("  " + locale.format_string("%s: %d", (name, count)))
    print("  str/atof/atoi:", locale.str(3.25), locale.atof("1234.5"), locale.atoi("-17"),
          locale.delocalize("1234.50"), locale.localize("1234.50", grouping=True))
    print("  %-format dict:", locale.format_string("%(n)d of %(m)s", {"n": 3, "m": "x"}))
    try:
        locale.currency(12.5)
    except ValueError as e:
        print("  currency:", e)

locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL))
report("C")
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"))
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
report("C.UTF-8")
print(codecs.lookup(locale.getpreferredencoding(False)).name,
      codecs.lookup(locale.getencoding()).name)
print(locale.setlocale(locale.LC_ALL, "C"))
