# Subclasses of the datetime types: constructors that go through __new__, the class of
# arithmetic results, alternative constructors, replace, reprs, and extra attributes.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class MyDate(date):
    def __new__(cls, year, month=1, day=1):
        print("MyDate.__new__", year, month, day)
        return super().__new__(cls, year, month, day)

    def label(self):
        return f"<{self:%Y.%m.%d}>"


class Stamp(datetime):
    extra = "class attribute"

    def __repr__(self):
        return "Stamp(" + self.isoformat() + ")"


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


class Clock(time):
    pass


class Named(tzinfo):
    def __init__(self, name="N", minutes=0):
        self.name = name
        self.minutes = minutes

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __getinitargs__(self):
        return (self.name, self.minutes)

    def __repr__(self):
        return f"Named({self.name!r}, {self.minutes})"


m = MyDate(2021, 6, 15)
print(type(m).__name__, m, repr(m), m.label(), isinstance(m, date))
r = m + timedelta(days=20)
print(type(r).__name__, r)
print(type(m - timedelta(1)).__name__, type(m - date(2021, 1, 1)).__name__)
print(type(MyDate.fromordinal(738000)).__name__, type(MyDate.fromisoformat("2022-02-02")).__name__)
print(type(MyDate.fromisocalendar(2022, 5, 3)).__name__, type(m.replace(day=1)).__name__)
print(m == date(2021, 6, 15), hash(m) == hash(date(2021, 6, 15)), str(m), format(m, "%j"))

s = Stamp(2020, 2, 29, 12, 30, tzinfo=timezone.utc)
print(s, repr(s), s.extra, type(s + timedelta(hours=1)).__name__, type(s - timedelta(1)).__name__)
print(type(s - Stamp(2020, 1, 1, tzinfo=timezone.utc)).__name__, s.date(), type(s.date()).__name__)
print(type(Stamp.fromisoformat("2020-01-01T00:00")).__name__, type(Stamp.combine(date(2020, 1, 1), time(1))).__name__)
print(type(Stamp.fromtimestamp(0, timezone.utc)).__name__, type(Stamp.strptime("2020", "%Y")).__name__)
print(type(s.replace(year=2024)).__name__, type(s.astimezone(timezone(timedelta(hours=3)))).__name__)
print(isinstance(s, date), issubclass(Stamp, date), Stamp.__mro__[1:])
s.note = "instance attribute"
print(s.note, vars(s))

sp = Span(hours=36)
print(sp, repr(sp), sp.hours(), type(sp + Span(1)).__name__, type(-sp).__name__, type(sp * 2).__name__)
print(type(abs(sp)).__name__, type(+sp).__name__, sp == timedelta(hours=36), sp // timedelta(hours=1))

c = Clock(9, 15, tzinfo=Named("Z", 90))
print(c, repr(c), c.utcoffset(), c.tzname(), type(c.replace(hour=1)).__name__)

n = Named("Mars", -45)
dt = datetime(2030, 1, 1, 8, tzinfo=n)
print(dt, dt.tzname(), dt.utcoffset(), dt.astimezone(timezone.utc), n.fromutc(dt.replace(hour=0)))
n2 = pickle.loads(pickle.dumps(n))
print(type(n2).__name__, n2.name, n2.minutes, vars(n2))
for obj in [m, s, sp, c, dt]:
    for f in [copy.copy, copy.deepcopy, lambda o: pickle.loads(pickle.dumps(o, 2))]:
        twin = f(obj)
        print(type(twin).__name__, twin == obj, repr(twin) == repr(obj))


class Weird(datetime):
    def __new__(cls, *args, **kwargs):
        print("Weird.__new__", args, kwargs)
        return datetime.__new__(cls, *args, **kwargs)


w = Weird(2020, 1, 1)
print(type(w + timedelta(1)).__name__)
print(type(Weird.fromtimestamp(1e9, timezone.utc)).__name__)
print(type(w.replace(fold=1)).__name__, w.replace(fold=1).fold)
