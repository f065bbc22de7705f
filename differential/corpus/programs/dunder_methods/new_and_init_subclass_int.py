class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):.1f}°C"
print(Celsius(21.5), Celsius(0) + 1, type(Celsius(1) + 1).__name__, Celsius(10) > 5)
try:
    Celsius(-300)
except ValueError as e:
    print(e)
class Even(int):
    def __new__(cls, value):
        value = int(value)
        return super().__new__(cls, value - value % 2)
print(Even(7), Even(8), Even("11"), Even(7) + Even(3), isinstance(Even(2), int))
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))
