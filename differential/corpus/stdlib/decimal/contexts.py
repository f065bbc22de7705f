# Decimal arithmetic with contexts: precision, rounding, traps, quantize for money.
import decimal
from decimal import Decimal, Context, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal(10) / 4)
print(Decimal("1") / Decimal("7"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), +Decimal("3.14159265"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
price = Decimal("19.995")
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(mode, price.quantize(Decimal("0.01"), rounding=mode))
print(Decimal("2.675").quantize(Decimal("0.01")), round(Decimal("2.675"), 2), round(Decimal("7.5")))
total = sum(Decimal(p) for p in ["0.10", "0.20", "0.30"])
print(total, total == Decimal("0.6"), repr(total))
print(Decimal("-0"), Decimal("1E+3"), Decimal("1e3").normalize(), Decimal("100").normalize())
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN").is_snan(), Decimal("1.5").as_tuple())
print(Decimal("123.456").to_integral_value(), Decimal("3.7") // 2, Decimal("-3.7") % 2, divmod(Decimal(7), 3))
print(Decimal(2) ** 10, Decimal("2") ** Decimal("0.5"), Decimal(1).exp(), Decimal(100).log10(), Decimal(10).ln())
print(Decimal("1.23").compare(Decimal("1.230")), Decimal("1.23") == Decimal("1.230"), Decimal(5).max(Decimal(3)))
print(float(Decimal("1.5")), int(Decimal("-2.9")), Decimal(3).is_signed(), Decimal("-3").copy_abs())
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("0.000012"), ".3e"), f"{Decimal('12.5'):>10}")
ctx = Context(prec=3, traps=[decimal.Overflow])
print(ctx.add(Decimal("1.234"), Decimal("5.678")), ctx.multiply(Decimal(123), Decimal(456)))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation")
with localcontext() as c:
    c.traps[decimal.Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except decimal.Inexact:
        print("Inexact trapped")
    c.traps[decimal.Inexact] = False
    c.clear_flags()
    Decimal(1) / Decimal(3)
    print(bool(c.flags[decimal.Inexact]), bool(c.flags[decimal.Rounded]))
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("0.5")]), Decimal("1.1") < 2, Decimal(1) == 1.0)
print(Decimal.from_float(0.25), Decimal("1.2345").scaleb(2), Decimal(255).to_eng_string(), Decimal("1.2E+7").to_eng_string())
print(hash(Decimal("1.0")) == hash(1), Decimal((0, (1, 4, 1), -2)), decimal.getcontext().prec)
