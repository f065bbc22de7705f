for x in [0.5, 2.5, -1.25, 3.0, 0.1, 1e100]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("inf"), float.fromhex(" 0x10 "), (1.0).hex(), (0.0).hex(), (-0.0).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print(round(2.5), round(3.5), round(2.675, 2), round(1.005, 2), round(-0.5), round(0.125, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(5e-324, 5), round(1.5, None))
print(type(round(2.4)), type(round(2.4, 0)), round(-2.4, 0))
print(int(2.9), int(-2.9), float(3), float("  1.5e3 "), float("-inf"), float("+1_000.5"))
for s in ["nan", "NaN", "-Infinity", "iNf", "1e500", "-1e500", "1e-500"]:
    print(s, float(s))
for bad in ["", "1.2.3", "abc", "1e", "0x10", "1_", "_1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    (1.5).fromhex("zz")
except ValueError as e:
    print(e)
