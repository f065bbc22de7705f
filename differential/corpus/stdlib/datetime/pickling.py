# Pickle round trips of every datetime type with protocols 0 to 5, printing the bytes: the
# reduced state is CPython's byte string (fold in the high bit from protocol 4 on).
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

values = [
    date(2024, 2, 29),
    date.min,
    date.max,
    datetime(2023, 10, 29, 1, 30, 15, 250000),
    datetime(2023, 10, 29, 1, 30, fold=1),
    datetime(2000, 1, 1, tzinfo=timezone.utc),
    datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-8), "PST")),
    time(12, 34, 56, 789),
    time(1, 2, fold=1, tzinfo=timezone(timedelta(minutes=330))),
    timedelta(days=-3, seconds=7, microseconds=11),
    timedelta.max,
    timezone.utc,
    timezone(timedelta(hours=9), "JST"),
    date(2021, 1, 4).isocalendar(),
]
for v in values:
    print(repr(v))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(" ", proto, data)
        assert back == v and type(back) is type(v) and repr(back) == repr(v), (proto, back)
        if hasattr(v, "fold"):
            assert back.fold == (v.fold if proto >= 4 else 0), (proto, back.fold)
    print("  reduce:", v.__reduce__())
    if not isinstance(v, tuple):
        print("  reduce_ex(2):", v.__reduce_ex__(2), "(4):", v.__reduce_ex__(4))
    print("  copies:", copy.copy(v) == v, copy.deepcopy(v) == v)

print(timezone.utc.__getinitargs__(), timezone(timedelta(1 / 24), "A").__getinitargs__())
print(date(b"\x07\xe4\x02\x1d"), datetime(b"\x07\xe4\x02\x1d\x01\x02\x03\x00\x00\x04"))
print(repr(time(b"\x81\x02\x03\x00\x00\x04")), repr(datetime(b"\x07\xe4\x82\x1d\x01\x02\x03\x00\x00\x04", timezone.utc)))
print(date("\x07\xe4\x02\x1d"), repr(time("\x01\x02\x03\x00\x00\x04")))
for bad in [lambda: time(b"\x01\x02\x03\x00\x00\x04", 5), lambda: datetime(b"\x07\xe4\x02\x1d\x01\x02\x03\x00\x00\x04", 1),
            lambda: date(b"\x07\xe4\x0d\x1d"), lambda: date(b"abc")]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
