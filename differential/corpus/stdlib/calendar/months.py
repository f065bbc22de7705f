# calendar: text calendars, month ranges, leap years, weekday arithmetic.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
c = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(c.iterweekdays()), c.monthdayscalendar(2024, 3)[:2])
print([d.isoformat() for d in c.itermonthdates(2024, 1)][:3])
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2021, 2, 1, 1, 4)[:400])
print(calendar.HTMLCalendar().formatmonth(2022, 5)[:300])
print(calendar.timegm((2020, 1, 1, 0, 0, 0)), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:8])
