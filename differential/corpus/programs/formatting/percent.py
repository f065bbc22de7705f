print("%s %r %a" % ("é", "é", "é"), "%d%%" % 50, "%c%c" % (72, "i"), "%5s|%-5s|" % ("a", "b"))
print("%(x)s-%(y)d" % {"x": "X", "y": 3}, "%.3s" % "abcdef", "%*d|%-*d|" % (5, 1, 4, 2))
print("%x %X %#x %#o %o %e %E %g %G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%+d % d %05.1f %.0f %.1e %i %u" % (5, 5, 2.25, 2.5, 0.05, 7.9, 3))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, (2, 3)), "%r" % (None,))
print(b"%s %d %x" % (b"ab", 5, 255), b"%c" % 65, b"%5b|" % b"x", b"%a" % "é")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)),
                  ("%c", 1.5), ("%c", "ab"), ("%d", None), ("%.*f", ("x", 1.0))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"}, "%%s" % (), "no args" % ())
print("%-8.3f|%8.3e|%-+6d|" % (3.14159, 31415.9, 42))
print("%x" % -255, "%o" % -8, "%d" % 3.99, "%d" % True, "%s" % True, "%.2s" % True)
