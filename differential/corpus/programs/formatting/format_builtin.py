print(format(123), format(123, "d"), format(123, "10"), format(-123, "010"), format(123, "+"))
print(format(0.1), format(0.1, ".3"), format(1e100, ""), format(1.0, ""), format(1.0, "g"))
print(format("s"), format("s", "<3") + "|", format([1], ""), format(None), format(True, ""))
print(format(12345678, ",d"), format(12345678.9, ",.1f"), format(12345678, "_b"))
print(format(255, "#010x"), format(255, "=10"), format(-255, "=10"), format(255, "^10X") + "|")
print(format(3 + 4j, ".1f"), format(1.5, "10.3e"), format(-1.5, " 8.2f"), format(0, "c"))
try:
    format([1], "x")
except TypeError as e:
    print(e)
try:
    format(1, ",c")
except ValueError as e:
    print(e)
try:
    format("s", "=5")
except ValueError as e:
    print(e)
try:
    format(1, ".5d")
except ValueError as e:
    print(e)
try:
    format(1.0, "_,f")
except ValueError as e:
    print(e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
print(format(Money(3)), format(Money(2.5), "08.3f"), f"{Money(1):.1f}", "{:.0f}".format(Money(9.6)))
print(object.__format__(object(), "") .startswith("<object"), type(format(Money(1))).__name__)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
