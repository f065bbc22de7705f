# timedelta construction from mixed units and floats (rounded half to even, as CPython's C
# code does), products and quotients with ints and floats, and schedule arithmetic.
from datetime import datetime, timedelta

for kw in [dict(days=1.5), dict(seconds=0.5, microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
           dict(microseconds=-0.5), dict(milliseconds=1.0000005), dict(minutes=-1.25, hours=0.1),
           dict(weeks=0.1, days=-0.7, hours=1e-7), dict(days=1e-10), dict(seconds=86399.9999995),
           dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
           dict(weeks=-142857142, days=-5), dict(microseconds=10**17), dict(days=True)]:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.total_seconds())

base = timedelta(hours=1, minutes=1, microseconds=7)
for factor in [0, 1, -1, 3, 0.5, 1 / 3, -2.75, 1e-6, 123456789]:
    print(factor, base * factor, factor * base, base / factor if factor else "-")
print(base / 7, base // 7, base / base, base // timedelta(minutes=7), base % timedelta(minutes=7))
print(divmod(base, timedelta(seconds=-13)), divmod(-base, timedelta(seconds=13)))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) / 3 * 3, sum([timedelta(minutes=20)] * 7, timedelta()))
print(bool(timedelta()), bool(timedelta(microseconds=1)), abs(timedelta(days=-2, hours=3)))
print(timedelta(days=365 * 10000).days, timedelta.max.total_seconds(), timedelta.min // timedelta(days=1))

# a shift schedule
start = datetime(2024, 3, 30, 22, 0)
shift = timedelta(hours=8, minutes=30)
for i in range(6):
    a = start + shift * i
    b = a + shift
    print(f"shift {i}: {a:%a %d %b %H:%M} -> {b:%a %H:%M}  ({(b - start) / timedelta(hours=1):.2f} h in)")
total = sum((shift for _ in range(6)), timedelta())
print(total, total.days, total.seconds, total.microseconds, total / 6 == shift)
