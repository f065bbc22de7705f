# Walking through a year of DST transitions in several zones: offsets, abbreviations and DST
# amounts before and after each change, historical rules (pre-1970, changed base offsets) and
# zones far in the future, where the POSIX TZ rule takes over from the transition list.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

zones = ["America/New_York", "Europe/London", "Europe/Paris", "Australia/Sydney",
         "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Auckland", "Africa/Casablanca",
         "America/St_Johns", "Asia/Tehran", "Europe/Dublin", "Pacific/Chatham", "UTC"]


def transitions(zone, year):
    """The instants (in UTC, to the hour) when the zone's offset changes during the year."""
    out = []
    t = datetime(year, 1, 1, tzinfo=timezone.utc)
    end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    prev = t.astimezone(zone).utcoffset()
    while t < end:
        t += timedelta(hours=1)
        off = t.astimezone(zone).utcoffset()
        if off != prev:
            out.append((t, prev, off))
            prev = off
    return out


for key in zones:
    zone = ZoneInfo(key)
    for year in (1975, 2023, 2051):
        changes = transitions(zone, year)
        print(key, year, len(changes))
        for t, before, after in changes:
            local = t.astimezone(zone)
            print("   ", t.strftime("%m-%d %H:%M"), before, "->", after, local.tzname(),
                  local.dst())

for key in ["America/New_York", "Europe/Moscow", "Asia/Shanghai", "America/Caracas"]:
    zone = ZoneInfo(key)
    for y in (1900, 1950, 1990, 2010, 2020, 2100):
        d = datetime(y, 7, 1, 12, tzinfo=zone)
        print(key, y, d.utcoffset(), d.dst(), d.tzname())

# naive datetimes and time objects
ny = ZoneInfo("America/New_York")
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))
fixed = ZoneInfo("Etc/GMT+5")
print(fixed.utcoffset(None), fixed.dst(None), fixed.tzname(None), repr(fixed), str(fixed))
print(datetime(2023, 6, 1, 9, 0).replace(tzinfo=fixed).isoformat())
from datetime import time
print(time(12, 0, tzinfo=fixed).utcoffset(), time(12, 0, tzinfo=ny).utcoffset())
