# A calendar walk on fixed years: month lengths, leap years, ISO weeks, ordinals, business
# days between dates and the weekday of each month's 13th.
from collections import Counter
from datetime import date, timedelta

for year in [1900, 2000, 2023, 2024, 2100]:
    lengths = [((date(year + (m == 12), m % 12 + 1, 1)) - date(year, m, 1)).days for m in range(1, 13)]
    print(year, lengths, sum(lengths), date(year, 12, 28).isocalendar().week)

counts = Counter(date(y, m, 13).weekday() for y in range(1601, 2001) for m in range(1, 13))
print(sorted(counts.items()))


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


print(business_days(date(2024, 1, 1), date(2024, 12, 31)), business_days(date(2023, 2, 27), date(2023, 3, 6)))
for d in [date(2004, 12, 31), date(2005, 1, 1), date(2005, 1, 2), date(2008, 12, 29), date(2010, 1, 3), date(1, 1, 1), date(9999, 12, 31)]:
    iso = d.isocalendar()
    back = date.fromisocalendar(*iso)
    print(d, iso, tuple(iso), iso.year, iso.week, iso.weekday, back == d, d.toordinal(), date.fromordinal(d.toordinal()) == d)
ordinals = [date.fromordinal(n) for n in (1, 365, 366, 730119, 730120, 3652059)]
print(ordinals)
print([d.timetuple().tm_yday for d in ordinals], [d.ctime() for d in ordinals[:2]])
d = date(2020, 1, 31)
months = []
for _ in range(14):
    nxt = d.replace(day=1) + timedelta(days=32)
    months.append(nxt.replace(day=1) - timedelta(days=1))
    d = nxt
print(months)
print(date.min.toordinal(), date.max.toordinal(), date.resolution, (date.max - date.min).days)
