class BoundLogger:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        def bound(*args):
            print(f"calling {self.fn.__name__} on {type(obj).__name__} with {args}")
            return self.fn(obj, *args)
        return bound
class Calc:
    def __init__(self, base):
        self.base = base
    @BoundLogger
    def add(self, x):
        return self.base + x
c = Calc(10)
print(c.add(5), type(Calc.add).__name__, Calc.add.fn(c, 1))
class classproperty:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        return self.fn(owner)
class Thing:
    count = 3
    @classproperty
    def doubled(cls):
        return cls.count * 2
class Sub(Thing):
    count = 10
print(Thing.doubled, Sub.doubled, Sub().doubled)
