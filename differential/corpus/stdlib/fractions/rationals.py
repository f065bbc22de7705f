# Exact rational arithmetic with fractions.Fraction: continued fractions and limits.
from fractions import Fraction
from decimal import Decimal
import math

print(Fraction(3, 4) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(-6, 8), Fraction(5))
print(Fraction("3.1415"), Fraction(" -7/21 "), Fraction(0.5), Fraction(Decimal("1.25")), Fraction("1e-3"))
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2), Fraction(2, 3) ** -2)
x = Fraction(355, 113)
print(float(x), x.numerator, x.denominator, x.limit_denominator(10), Fraction(math.pi).limit_denominator(1000))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(Fraction(7, 3) // 2, Fraction(7, 3) % Fraction(1, 2), divmod(Fraction(7, 3), Fraction(1, 4)))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(1, 2) == Decimal("0.5"), sorted([Fraction(1, 3), 0.3, 1]))
print(repr(Fraction(2, 4)), str(Fraction(-1, 2)), Fraction(1, 3).as_integer_ratio(), hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3)}", abs(Fraction(-3, 5)), -Fraction(3, 5), +Fraction(3, 5), bool(Fraction(0)))
for bad in ["1/0", "abc", "1.5/2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def continued(fr, n=10):
    terms = []
    for _ in range(n):
        whole = math.floor(fr)
        terms.append(whole)
        fr -= whole
        if fr == 0:
            break
        fr = 1 / fr
    return terms

print(continued(Fraction(415, 93)), continued(Fraction(math.sqrt(2))))
harmonic = sum(Fraction(1, k) for k in range(1, 21))
print(harmonic, float(harmonic))
print(Fraction(1, 10) + 0.2, Fraction(1, 10) + 1j, type(Fraction(1, 2) + 1).__name__)
print(Fraction.from_float(0.1), Fraction.from_decimal(Decimal("0.1")), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "")
