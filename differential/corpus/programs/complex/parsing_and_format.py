for s in ["1", "1j", "-1j", "+1.5j", "1+2j", "1-2j", "(1+2j)", " ( 3-4j ) ", "1e3+1e-3j", "inf", "-nanj",
          "J", "1J", "1.5e+2j", "0x1j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "->", e)
z = 12.345 - 0.5j
print(f"{z}", f"{z:.1f}", f"{z:10.2f}|", f"{z:e}", f"{z:g}", f"{z:+.2f}", f"{1j:.0f}")
print(format(1 + 2j, ""), format(1 + 2j, "<20") + "|", format(0j, ".3"), str(-0j), repr(complex(-0.0, -0.0)))
try:
    format(1j, "=10")
except ValueError as e:
    print(e)
try:
    format(1j, "%")
except ValueError as e:
    print(e)
print(complex("1+1j") == 1 + 1j, complex(2.5) == 2.5, complex(True, False))
