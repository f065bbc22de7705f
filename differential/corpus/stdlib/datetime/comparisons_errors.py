# Comparisons across the datetime types (naive and aware, mixed types, NotImplemented for
# foreign types) and the errors constructors and arithmetic raise.
from datetime import date, datetime, time, timedelta, timezone

d1, d2 = date(2020, 1, 1), date(2020, 1, 2)
print(d1 < d2, d1 <= d1, d1 == date(2020, 1, 1), d1 != d2, d2 > d1, d2 >= d2)
dt = datetime(2020, 1, 1)
print(dt == d1, dt != d1, d1 == dt, d1 != dt)
for a, b in [(dt, d1), (d1, dt), (d1, 5), (time(), 5), (timedelta(), 0), (dt, "x")]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(d1 == 5, time() == 0, timedelta(0) == 0, timezone.utc == 0, timezone.utc == timezone(timedelta(0), "UTC"))
aware = datetime(2020, 1, 1, tzinfo=timezone.utc)
print(aware == dt, aware != dt)
for op in ["<", "<=", ">", ">="]:
    try:
        eval("aware " + op + " dt")
    except TypeError as e:
        print(op, "TypeError", e)
try:
    aware - dt
except TypeError as e:
    print("TypeError", e)
try:
    time(1, tzinfo=timezone.utc) < time(2)
except TypeError as e:
    print("TypeError", e)
print(time(1) == time(1, tzinfo=timezone.utc), sorted([time(3), time(1, 30), time(1, 29, 59, 999999)]))
print(sorted([timedelta(days=-1), timedelta(seconds=5), timedelta(0), timedelta(microseconds=-1)]))
print(max(date(2020, 1, 1), date(2019, 12, 31)), min(timedelta(1), timedelta(hours=1)))


class Other:
    def __eq__(self, other):
        return "Other.__eq__"

    def __lt__(self, other):
        return "Other.__lt__"

    def __gt__(self, other):
        return "Other.__gt__"

    def __radd__(self, other):
        return "Other.__radd__"

    def __rsub__(self, other):
        return "Other.__rsub__"


o = Other()
for v in [d1, dt, time(), timedelta(1), timezone.utc]:
    print(type(v).__name__, v == o, v < o, v > o, v + o if not isinstance(v, (time, timezone)) else "-",
          v - o if not isinstance(v, (time, timezone)) else "-")

cases = [
    "date(2020)", "date(2020, 13, 1)", "date(2020, 2, 30)", "date(0, 1, 1)", "date(10000, 1, 1)",
    "date(2020, 1, 1.0)", "date('2020', 1, 1)", "date(2**31, 1, 1)", "date(-2**31 - 1, 1, 1)",
    "date(1, 2, 3, 4)", "date(1, 2, x=3)", "date(year=1, month=1, day=1, month=2)",
    "datetime(2020, 1, 1, 24)", "datetime(2020, 1, 1, 0, 60)", "datetime(2020, 1, 1, 0, 0, 60)",
    "datetime(2020, 1, 1, 0, 0, 0, 1000000)", "datetime(2020, 1, 1, fold=2)",
    "datetime(2020, 1, 1, tzinfo=5)", "datetime(1, 1, 1, 1, 1, 1, 1, None, 0)", "time(-1)",
    "time(fold=1, x=2)", "time(tzinfo='utc')", "timedelta(days=10**9)", "timedelta(days=10**10)",
    "timedelta('1')", "timedelta(1, 2, 3, 4, 5, 6, 7, 8)", "timedelta(weeks=1, x=1)",
    "date.max + timedelta(1)", "date.min - timedelta(1)", "datetime.max + timedelta(microseconds=1)",
    "datetime.min - timedelta(microseconds=1)", "timedelta.max + timedelta(microseconds=1)",
    "timedelta.min - timedelta(microseconds=1)", "-timedelta.max", "timedelta.max * 2",
    "timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) / timedelta(0)", "timedelta(1) % timedelta(0)",
    "divmod(timedelta(1), timedelta(0))", "timedelta(1) * 1.5j", "timedelta(1) + 1", "1 - timedelta(1)",
    "date(2020, 1, 1) + date(2020, 1, 1)", "datetime(2020, 1, 1) + datetime(2020, 1, 1)",
    "date.fromordinal(0)", "date.fromordinal(3652060)", "time() + timedelta(1)", "time() - time()",
    "date(2020, 1, 1).replace(month=13)", "datetime(2020, 1, 1).replace(tzinfo=1)",
    "time().replace(hour=None)", "timedelta(float('nan'))", "timedelta(float('inf'))",
    "datetime.fromtimestamp(float('nan'))", "datetime.combine(1, time())", "datetime.combine(d1, 2)",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
