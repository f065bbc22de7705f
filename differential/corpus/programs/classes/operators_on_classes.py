class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def of(cls, amount):
        return cls(round(amount * 100))
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
prices = [Money.of(1.25), Money.of(0.99), Money.of(10)]
print(sum(prices), sorted(prices), max(prices), min(prices), 3 * prices[0], prices[1] * 2.5)
print(str(Money(-150)), bool(Money(0)), Money(5) == Money(5), Money(5) in {Money(5)}, Money(5) == 5)
try:
    Money(1) + 1
except TypeError as e:
    print(e)
