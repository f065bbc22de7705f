class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing {missing}")
        self.__dict__.update(values)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))
    def replace(self, **changes):
        return type(self)(**{**{f: getattr(self, f) for f in self.fields}, **changes})
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age")
p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2, 1), p.replace(y=5), len({p, Point(1, 2)}))
print(Person("ann", 30), Person(age=5, name="bo") == Person("bo", 5))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=1), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
