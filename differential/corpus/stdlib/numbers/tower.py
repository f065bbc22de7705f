# The numeric tower: isinstance checks against numbers ABCs for builtin and library types, and a
# user class registered into it.
import numbers
from decimal import Decimal
from fractions import Fraction

for v in [1, True, 1.5, 2j, Fraction(1, 2), Decimal("1.5")]:
    print(type(v).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real,
                                                     numbers.Rational, numbers.Integral) if isinstance(v, abc)])


class Money:
    def __init__(self, cents):
        self.cents = cents


numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Complex), issubclass(Money, numbers.Integral))
print(numbers.Integral.__abstractmethods__ >= {"__int__"}, sorted(numbers.Rational.__abstractmethods__)[:3])
