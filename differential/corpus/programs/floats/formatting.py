x = 1234.56789
print(f"{x:.2f}|{x:10.3f}|{x:<12.1f}|{x:^12.2e}|{x:+.0f}|{x:,.2f}|{x:_.3f}")
print(f"{x:e}|{x:E}|{x:g}|{x:G}|{x:%}|{x:.3%}|{x:012.2f}|{-x:012.2f}")
print(f"{0.000012345:g}|{123456789.0:g}|{1e16:g}|{1.5:.0f}|{2.5:.0f}|{0.5:.0e}")
print(f"{float('inf'):f}|{float('nan'):F}|{float('-inf'):e}|{float('nan'):+}")
print(f"{3.0}|{3.0:}|{3.0:.3}|{3.14159:.3}|{1e20:.3}|{1e-7:.2}|{100.0:.1}")
print(f"{-0.0}|{-0.0:.1f}|{-0.0:z.1f}|{-0.0001:z.2f}")
print(format(2.5, "#.0f"), format(1.0, "#g"), format(123.0, "n"), format(0.1, ".17f"))
print("%f %e %g %.3f %10.2f %-10.2f| %+.1f %.0f %G" % (x, x, x, x, x, x, x, x, 1e-10))
print("%r %s %a" % (0.1, 0.1, 0.1), "%5.1f%%" % 99.44)
print(str(1e-7), str(123e-9), repr(1e21), repr(1.0e20), str(float(10 ** 21)))
for spec in ["", ".1", ".10", "5", "<5", "=+8.2", "08.3", ".2g"]:
    print(repr(format(3.14159265, spec)))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
