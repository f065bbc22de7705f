# ZoneInfo._unpickle reads from_cache with the "B" format: the low 8 bits of any int.
from zoneinfo import ZoneInfo

cached = ZoneInfo("UTC")
for flag in (0, 1, 255, 256, 257, 2**64, 2**64 + 1, -1):
    zone = ZoneInfo._unpickle("UTC", flag)
    print(flag, zone is cached, zone)
