# Naive dates, times and datetimes hash their packed bytes, as CPython does: the hash follows
# PYTHONHASHSEED (0 in the corpus) as a bytes object's does; aware ones hash their UTC offset.
import datetime as dt
for v in (dt.date(2000, 1, 1), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.time(1, 2),
          dt.time(23, 59, 59, 999999), dt.time(0), dt.time(1, 2, fold=1),
          dt.datetime(2000, 1, 1), dt.datetime(2024, 2, 29, 12, 30, 15, 123456),
          dt.datetime(2024, 2, 29, 12, 30, 15, 123456, fold=1), dt.timedelta(1, 2, 3)):
    print(repr(v), hash(v))
aware = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
print(hash(aware) == hash(dt.datetime(2000, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))))
print(len({dt.date(2000, 1, d) for d in range(1, 32)}))
