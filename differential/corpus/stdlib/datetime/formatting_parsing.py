# Formatting and parsing on fixed dates: strftime directives, isoformat variants,
# fromisoformat (calendar and ISO-week forms, offsets), strptime, format(), and bad input.
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2009, 2, 3, 4, 5, 6, 7890, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%d/%m/%y %I%p", "%j %U %W %w %u %V %G",
            "%z %Z", "[%f]", "%%z is %z", "%x %X", "100%% %", "%H:%M%z%Z%f"]:
    print(repr(fmt), "->", repr(dt.strftime(fmt)))
print(date(1999, 12, 31).strftime("%Y %m %d %H %M %S %f %z %Z"))
print(time(23, 1, 2, 300).strftime("%H.%M.%S.%f %p %Y"))
print(format(dt, ""), format(date(2020, 2, 29), "%d %b"), "{:%H:%M}".format(time(7, 8)))
print(f"{dt:%Y}|{dt.date()}|{dt.time()}|{dt.timetz()}")

for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), time(1, 2, 3).isoformat(spec), dt.isoformat("_", spec))
print(datetime(2020, 1, 1, 0, 0, 0, 999).isoformat(timespec="milliseconds"))
print(str(time(0, 0, tzinfo=timezone.utc)), str(datetime(1, 1, 1)), date(5, 6, 7).isoformat())

for s in ["2020-05-17", "20200517", "2020-W20", "2020W20", "2020-W20-7", "2020W207", "2021-W53",
          "2020-W53-5", "2020-02-30", "2020-5-17", "2020/05/17", "2020-05-17x", ""]:
    try:
        print(repr(s), date.fromisoformat(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)

for s in ["2020-05-17T10:20:30", "2020-05-17 10:20", "2020-05-17T10", "2020-05-17T102030",
          "2020-05-17T10:20:30.5", "2020-05-17T10:20:30,123456789", "2020-05-17T10:20:30Z",
          "2020-05-17T10:20:30+05:30", "2020-05-17T10:20:30-0800", "2020-05-17T10:20:30+01:02:03.5",
          "2020-W20-1T08:00", "20200517T0800", "2020-05-17T24:00", "2020-05-17T10:2",
          "2020-05-17T10:20:30+", "2020-05-17T10:20:30.", "2020-05-17X10:20"]:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)

for s in ["10:20:30", "T10:20", "1020", "10:20:30.123+01:00", "10:20:30Z", "25:00", "10:20:30.1234567"]:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)

for s, f in [("2023-07-14 13:45", "%Y-%m-%d %H:%M"), ("14/07/23", "%d/%m/%y"),
             ("Jul 14 2023 1:45PM", "%b %d %Y %I:%M%p"), ("2023-195", "%Y-%j"),
             ("2023-07-14T13:45:00.250+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("2023 28 5", "%Y %W %w"), ("12:00 UTC", "%H:%M %Z"), ("bad", "%Y")]:
    try:
        print(s, "->", repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(s, "ValueError", e)

for bad in [lambda: date.fromisoformat(20200517), lambda: dt.strftime(1),
            lambda: dt.isoformat("TT"), lambda: time().isoformat("weeks"),
            lambda: datetime.strptime(1, "%Y"), lambda: format(dt, 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1).ctime(), datetime(2024, 12, 25, 18, 30, 5).ctime())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 8), (0, 1, 1), (2 ** 40, 1, 1)]:
    try:
        date.fromisocalendar(*args)
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
