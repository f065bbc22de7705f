# ZoneInfo as the tzinfo of datetime objects: offsets, names, conversions, gaps, now().
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
z = ZoneInfo('Europe/Paris')
d = datetime(2020, 7, 1, 12, tzinfo=z)
print(d, d.utcoffset(), d.tzname(), d.astimezone(timezone.utc))
print(datetime(2020, 3, 29, 2, 30, tzinfo=z).utcoffset(), repr(z))
print(datetime.now(z).tzinfo is z, d.timetz(), (d + timedelta(days=200)).isoformat())
