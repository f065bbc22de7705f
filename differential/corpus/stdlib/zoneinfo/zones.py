# zoneinfo: conversions between IANA zones on fixed instants, DST transitions and folds.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ny = ZoneInfo("America/New_York")
berlin = ZoneInfo("Europe/Berlin")
tokyo = ZoneInfo("Asia/Tokyo")
instant = datetime(2023, 3, 12, 6, 30, tzinfo=timezone.utc)
for zone in (ny, berlin, tokyo):
    local = instant.astimezone(zone)
    print(zone, local, local.tzname(), local.utcoffset(), local.dst())
before = datetime(2023, 3, 12, 1, 59, tzinfo=ny)
print(before + timedelta(minutes=1), (before + timedelta(minutes=1)).tzname())
amb = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
print(amb.tzname(), amb.replace(fold=1).tzname(), amb.utcoffset(), amb.replace(fold=1).utcoffset())
print(datetime(2023, 7, 1, 12, tzinfo=berlin).astimezone(ny), repr(ny), str(ZoneInfo("UTC")))
print(ZoneInfo("Europe/Berlin") is berlin, datetime(2000, 1, 1, tzinfo=tokyo).isoformat())
try:
    ZoneInfo("Mars/Olympus")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
