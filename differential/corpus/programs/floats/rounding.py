for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1.0005, 123.455, 1e-20]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, 3), f"{x:.2f}", "%.2f" % x)
for x in [1234.5678, 5678.5, -5678.5, 0.0]:
    print(round(x, -1), round(x, -2), round(x, -3), round(x, -10))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(2.5e-10, 10))
print(int(0.9999999999999999), int(-0.9999999999999999), round(0.49999999999999994))
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {0.35:.1f}")
print(float(f"{1 / 3:.5f}"), float(round(2 / 3, 4)), round(7.0), type(round(7.0, 0)).__name__)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
print(round(-0.0), round(-0.4), round(-0.0, 1), round(1e300, 2), round(1e-300, 300))
print([round(n / 10) for n in range(-15, 16, 5)], [round(n + 0.5) for n in range(-3, 4)])
