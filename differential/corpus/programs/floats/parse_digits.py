# Decimal text to float: 16 to 19 significant digits, numbers half way between two doubles
# and next to them, the ends of the range, and the same numbers through json and literals.
import json
import random

rng = random.Random(1127)
texts = ["0.1", "12.345000000000001", "9007199254740993", "9007199254740992.5",
         "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
         "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324",
         "2.4703282292062328e-324", "2.4703282292062327e-324", "1e-342", "1e-343", "1e23",
         "8.98846567431158e307", "1234567890123456789", "12345678901234567890",
         "0.000000000000000000000000000000001", "-0.0", "+5.", ".5e-3", "1E+05"]
for _ in range(400):
    x = abs(rng.uniform(-1, 1)) * 10.0 ** rng.randint(-330, 300)
    m, e = x.hex(), None
    texts.append(repr(x))
    texts.append("%.18e" % x)
    texts.append("%.16e" % x)
    # the half-way point between x and the next double, cut to 17, 18 and 19 digits
    nxt = x + x * 2.0 ** -52 if x else 5e-324
    half = "%.25e" % ((x + nxt) / 2)
    mantissa, exponent = half.split("e")
    digits = mantissa.replace(".", "")
    for cut in (17, 18, 19):
        for delta in (-1, 0, 1):
            texts.append("%de%d" % (int(digits[:cut]) + delta, int(exponent) - cut + 1))

total = 0
for t in texts:
    f = float(t)
    j = json.loads(t) if t[0] not in "+." and not t.endswith(".") else f
    total += hash(f) % 1000003
    if j != f:
        print("json differs:", t, j, f)
print(len(texts), total)
for t in texts[:60]:
    print(t, repr(float(t)))
print(1.7976931348623157e308, 2.2250738585072011e-308, 12.345000000000001, 0.30000000000000004)
print(eval("9007199254740993.0"), eval("1.2345678901234567890e-5"))
