# Date and time arithmetic on fixed dates: timedeltas, formatting, parsing, time zones.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
for n in range(3):
    print(d + timedelta(days=n), (d + timedelta(days=n)).weekday(), (d + timedelta(days=n)).isoweekday())
print(date(2023, 12, 31).isocalendar(), date(2024, 1, 1).isocalendar())
print(date(2024, 3, 10) - date(2023, 3, 10), date.fromordinal(738000), date(2000, 1, 1).toordinal())
print(date.fromisoformat("2021-07-04"), date(2021, 7, 4).strftime("%A %d %B %Y, day %j, week %U"))
dt = datetime(2022, 11, 5, 23, 59, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt + timedelta(seconds=45), dt - timedelta(weeks=1, hours=2))
print(dt.replace(year=2020, microsecond=0), dt.date(), dt.time(), dt.timetuple()[:6])
print(datetime.strptime("2019-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("04/Mar/2019:05:06:07 +0100", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"))
td = timedelta(days=-1, seconds=5, microseconds=-1)
print(td, repr(td), td.total_seconds(), abs(td), td * 3, td / 2, timedelta(hours=25) // timedelta(hours=1))
print(timedelta(days=1) % timedelta(hours=7), divmod(timedelta(days=1), timedelta(hours=7)))
print(str(timedelta(microseconds=1)), timedelta.max, timedelta.min, timedelta.resolution)
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2022, 1, 1, 12, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(est).tzname(), est.utcoffset(None))
print(aware == aware.astimezone(est), aware.timestamp(), datetime.fromtimestamp(0, utc))
print(datetime.utcfromtimestamp(1_000_000_000), timezone(timedelta(minutes=90)))
try:
    aware < datetime(2022, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2019-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
t = time(14, 30, 15, 500)
print(t, t.isoformat("minutes"), t.replace(hour=1), time.fromisoformat("10:20:30.400"), t.strftime("%I:%M %p"))
print(min(date(2020, 5, 1), date(2019, 5, 1)), date.max, date.min, datetime(2020, 1, 1).ctime())
print(sorted([datetime(2020, 1, 2), datetime(2019, 12, 31, 23), datetime(2020, 1, 1, 0, 0, 1)]))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), date(2020, 1, 1) == datetime(2020, 1, 1))
print(format(dt, "%Y/%m/%d"), f"{d:%d.%m.%y}", dt.strftime("%%"))
