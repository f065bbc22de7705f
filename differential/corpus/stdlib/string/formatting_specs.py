# Format specs as a report generator uses them: alignment, fill, widths, thousands, precision,
# percentages, bases, and format_map over a record.
rows = [("apples", 1234.5, 0.123), ("kiwis", 12, 0.5), ("dragon fruit", 1234567.891, 1)]
print(f"{'item':<14}|{'amount':>14}|{'share':^8}|")
for name, amount, share in rows:
    print(f"{name:<14}|{amount:>14,.2f}|{share:^8.1%}|")
print(f"{42:08b} {42:#x} {42:#o} {255:X} {-42:+d} {42: d} {1e6:e} {1e-7:g} {123456789:_}")
print("{:*^20}".format("center"), "{0:>{1}}".format("r", 5), "{:=+8.2f}".format(-3.14159))
print("{name} is {age:>3} years".format_map({"name": "Ann", "age": 7}), "%-6s|%5.1f|%03d" % ("x", 2.25, 7))
print(format(1234.5, ","), format(0.5, ".0%"), format(12345.678, ".3g"), format(float("inf"), "f"))
print(f"{'abc'!r:>8}", f"{3.0!s}", f"{10:{'>'}{6}}", f"{'nested':{'^'}{12}}")
print("{:,}".format(10 ** 12), "{:.3}".format("truncate"), "{0[1]}-{0[0]}".format(("a", "b")))
