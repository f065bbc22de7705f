class Validator:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
class Positive(Validator):
    def validate(self, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")
class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {sorted(self.options)}, got {value!r}")
class Order:
    qty = Positive()
    price = Positive()
    kind = OneOf("buy", "sell")
    def __init__(self, kind, qty, price):
        self.kind, self.qty, self.price = kind, qty, price
    def total(self):
        return self.qty * self.price
o = Order("buy", 3, 2.5)
print(o.total(), o.kind, sorted(vars(o)), type(Order.qty).__name__)
for args in [("hold", 1, 1), ("sell", 0, 1), ("sell", 1, "x")]:
    try:
        Order(*args)
    except ValueError as e:
        print(e)
o.qty = 10
print(o.total())
