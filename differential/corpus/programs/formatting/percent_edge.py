print("%s" % "x", "%s" % ("x",), "%s" % [1], "%r" % "q", "%5.2s|" % "abc", "%-3c|" % "z")
print("%(a)s %(a)r %(b)05.1f" % {"a": "v", "b": 2.25}, "%%%s%%" % "lit")
print("%d %d %d" % (1.9, -1.9, True), "%.2f" % 2, "%e" % 0, "%g" % 100000, "%g" % 1000000)
print("%#.3g" % 1, "%+.1e" % -0.000123, "% 5d|" % 42, "%-+6d|" % 42, "%06.2f" % -1.5)
print("%s %s" % (None, False), "%i" % 3, "%u" % 4, "%a" % "é", "%10r|" % "x")
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(e)
try:
    "%(missing)s" % {}
except KeyError as e:
    print("KeyError", e)
try:
    "%y" % 1
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%" % ()
except ValueError as e:
    print(e)
print("%c" % 0x1F40D, "%5%|" if False else "%", "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
