# Time zones on fixed instants: timezone objects, a DST-aware tzinfo subclass (the US rules
# from the datetime documentation), conversions, fold, utcoffset/dst/tzname and their checks.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt


DSTSTART = datetime(1, 3, 8, 2)
DSTEND = datetime(1, 11, 1, 2)


class USTimeZone(tzinfo):
    def __init__(self, hours, reprname, stdname, dstname):
        self.stdoffset = timedelta(hours=hours)
        self.reprname = reprname
        self.stdname = stdname
        self.dstname = dstname

    def __repr__(self):
        return self.reprname

    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.stdname

    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        dt = dt.replace(tzinfo=None)
        if start + HOUR <= dt < end - HOUR:
            return HOUR
        if end - HOUR <= dt < end:
            return ZERO if dt.fold else HOUR
        if start <= dt < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

    def fromutc(self, dt):
        assert dt.tzinfo is self
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        std_time = dt + self.stdoffset
        dst_time = std_time + HOUR
        if end <= dst_time < end + HOUR:
            return std_time.replace(fold=1)
        if std_time < start or dst_time >= end:
            return std_time
        if start <= std_time < end - HOUR:
            return dst_time


Eastern = USTimeZone(-5, "Eastern", "EST", "EDT")
Pacific = USTimeZone(-8, "Pacific", "PST", "PDT")

utc = timezone.utc
print(repr(utc), str(utc), utc.tzname(None), utc.utcoffset(None), utc.dst(None))
for off, name in [(timedelta(hours=5, minutes=30), None), (timedelta(hours=-3), "BRT"),
                  (timedelta(minutes=-1, seconds=-30), None), (timedelta(seconds=1, microseconds=5), None)]:
    tz = timezone(off) if name is None else timezone(off, name)
    print(repr(tz), str(tz), tz.tzname(None), tz == timezone(off), hash(tz) == hash(timezone(off)))
print(timezone.min, timezone.max, timezone(timedelta(0)) is utc, timezone(ZERO, "Z") is utc)
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(3), lambda: timezone(ZERO, 3),
            lambda: utc.utcoffset(5), lambda: utc.fromutc(datetime(2020, 1, 1)),
            lambda: utc.fromutc(date(2020, 1, 1)), lambda: tzinfo().utcoffset(None)]:
    try:
        bad()
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

for when in [datetime(2021, 3, 14, 6, 59, tzinfo=utc), datetime(2021, 3, 14, 7, 0, tzinfo=utc),
             datetime(2021, 11, 7, 5, 30, tzinfo=utc), datetime(2021, 11, 7, 6, 30, tzinfo=utc),
             datetime(2021, 7, 4, 16, 0, tzinfo=utc)]:
    e = when.astimezone(Eastern)
    p = when.astimezone(Pacific)
    print(when, "|", e, e.tzname(), e.fold, e.dst(), "|", p, p.tzname(), "|", e.astimezone(utc) == when)

ambiguous = datetime(2021, 11, 7, 1, 30, tzinfo=Eastern)
print(ambiguous.utcoffset(), ambiguous.replace(fold=1).utcoffset(), ambiguous == ambiguous.replace(fold=1))
print(ambiguous.astimezone(utc), ambiguous.replace(fold=1).astimezone(utc))
print(ambiguous.timetuple(), ambiguous.utctimetuple())
print(datetime(2021, 7, 1, 12, tzinfo=Eastern).timestamp(), datetime(2021, 1, 1, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(1625155200, Eastern), datetime.fromtimestamp(1625155200.25, utc))
print(datetime.utcfromtimestamp(1625155200.5), datetime.fromtimestamp(-1.5, utc))
x = datetime(2021, 7, 1, 12, tzinfo=timezone(timedelta(hours=2)))
y = datetime(2021, 7, 1, 10, tzinfo=utc)
print(x == y, x - y, x < y + timedelta(microseconds=1), hash(x) == hash(y), {x: 1}[y])
print(time(12, tzinfo=timezone(HOUR)) == time(11, tzinfo=utc), time(1, tzinfo=Eastern).utcoffset())
print(time(1, 30, tzinfo=timezone(HOUR)).isoformat(), datetime(2000, 1, 1, tzinfo=timezone(-HOUR, "X")).tzname())


class Bad(tzinfo):
    def __init__(self, result):
        self.result = result

    def utcoffset(self, dt):
        return self.result

    def tzname(self, dt):
        return self.result


for r in [timedelta(hours=24), 5, "x"]:
    for f in [lambda tz: datetime(2020, 1, 1, tzinfo=tz).utcoffset(),
              lambda tz: datetime(2020, 1, 1, tzinfo=tz).tzname()]:
        try:
            print(f(Bad(r)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(datetime(2020, 1, 1, tzinfo=Bad(None)).isoformat(), datetime(2020, 1, 1, tzinfo=Bad(None)).strftime("[%z][%Z]"))
print(datetime(2020, 1, 1, tzinfo=Bad("a%b")).strftime("%Z"))
