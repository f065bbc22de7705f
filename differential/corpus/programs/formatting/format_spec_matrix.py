values = [0, 7, -7, 3.5, -0.25, 1234567.891]
specs = ["", "5", "<6", ">6", "^7", "+", " ", "06", ",", ".1f", ".3g", "e", "%", "=+8"]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ERR")
    print(f"{spec!r:>6}: " + " | ".join(row))
for spec in ["d", "x", "b", "c", "n"]:
    print(spec, [format(v, spec) if isinstance(v, int) and v >= 0 else "-" for v in values])
print(format(True, "d"), format(True, ".1f"), format(False, "5"), format(None, ""), format("s", "s"))
