# Local times that happen twice (folds) or never (gaps): what utcoffset says for each fold,
# round trips through UTC, and fromutc's fold flag, in zones with positive and negative DST.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

cases = [
    ("America/New_York", datetime(2023, 11, 5, 1, 30), datetime(2023, 3, 12, 2, 30)),
    ("Europe/Berlin", datetime(2023, 10, 29, 2, 30), datetime(2023, 3, 26, 2, 30)),
    ("Australia/Lord_Howe", datetime(2023, 4, 2, 1, 45), datetime(2023, 10, 1, 2, 15)),
    ("Europe/Dublin", datetime(2023, 10, 29, 1, 30), datetime(2023, 3, 26, 1, 30)),
    ("America/Santiago", datetime(2023, 4, 1, 23, 30), datetime(2023, 9, 3, 0, 30)),
    ("Asia/Gaza", datetime(2040, 10, 27, 1, 30), datetime(2040, 3, 31, 2, 30)),
]
for key, fold_time, gap_time in cases:
    zone = ZoneInfo(key)
    for label, naive in (("fold", fold_time), ("gap", gap_time)):
        for fold in (0, 1):
            d = naive.replace(tzinfo=zone, fold=fold)
            utc = d.astimezone(timezone.utc)
            back = utc.astimezone(zone)
            print(key, label, fold, d.utcoffset(), d.tzname(), d.dst(), utc.strftime("%H:%M"),
                  back.strftime("%H:%M"), back.fold, back == d)

# every minute around a fall-back transition, through fromutc
ny = ZoneInfo("America/New_York")
start = datetime(2023, 11, 5, 5, 0, tzinfo=timezone.utc)
for minutes in range(0, 150, 15):
    local = (start + timedelta(minutes=minutes)).astimezone(ny)
    print(local.strftime("%H:%M"), local.fold, local.tzname())

# arithmetic is wall-clock arithmetic: adding a day across the change keeps the wall time
d = datetime(2023, 3, 11, 12, 0, tzinfo=ny)
print(d + timedelta(days=1), (d + timedelta(days=1)) - d)
print((d + timedelta(days=1)).astimezone(timezone.utc) - d.astimezone(timezone.utc))

try:
    ny.fromutc(datetime(2023, 1, 1))
except ValueError as e:
    print("ValueError", e)
try:
    ny.fromutc("2023-01-01")
except TypeError as e:
    print("TypeError", e)
