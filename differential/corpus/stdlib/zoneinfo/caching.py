# ZoneInfo's caches: the same key gives the same object, no_cache bypasses the cache,
# clear_cache (all or only some keys), subclasses with their own caches, pickling by key, and
# from_file for zones read from any binary file.
import io
import pickle
import zoneinfo
from datetime import datetime
from zoneinfo import ZoneInfo

a = ZoneInfo("Europe/Paris")
print(a is ZoneInfo("Europe/Paris"), ZoneInfo.no_cache("Europe/Paris") is a)
print(repr(a), str(a), a.key, type(a).__module__, type(a).__name__, type(a).__mro__[1].__name__)
nc = ZoneInfo.no_cache("Europe/Paris")
print(nc == a, nc.utcoffset(datetime(2023, 7, 1)) == a.utcoffset(datetime(2023, 7, 1)))

ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
b = ZoneInfo("Europe/Paris")
print(b is a, b is ZoneInfo("Europe/Paris"))
c = ZoneInfo("Asia/Tokyo")
ZoneInfo.clear_cache()
print(ZoneInfo("Asia/Tokyo") is c, ZoneInfo("Europe/Paris") is b)

# many keys: the strong cache holds eight, the weak cache whatever is still referenced
keys = ["Europe/Rome", "Europe/Madrid", "Europe/Vienna", "Europe/Oslo", "Europe/Lisbon",
        "Europe/Athens", "Europe/Prague", "Europe/Warsaw", "Europe/Zurich", "Europe/Brussels"]
held = [ZoneInfo(k) for k in keys]
print(all(ZoneInfo(k) is z for k, z in zip(keys, held)))


class MyZone(ZoneInfo):
    def describe(self):
        return f"{self.key} at {self.utcoffset(datetime(2023, 1, 1))}"


m = MyZone("Europe/Paris")
print(repr(m), str(m), m.describe(), m is MyZone("Europe/Paris"), m is ZoneInfo("Europe/Paris"))
print(type(m).__name__, isinstance(m, ZoneInfo), hasattr(MyZone, "_weak_cache"))
MyZone.clear_cache()
print(MyZone("Europe/Paris") is m)

# pickling: cached zones unpickle to the cached object, no_cache ones to fresh objects
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z = ZoneInfo("America/Chicago")
    print(proto, pickle.loads(pickle.dumps(z, proto)) is z,
          pickle.loads(pickle.dumps(ZoneInfo.no_cache("America/Chicago"), proto)) is z)
r = ZoneInfo("America/Chicago").__reduce__()
print(r[0].__name__, r[1])
mz = pickle.loads(pickle.dumps(MyZone("Asia/Tokyo")))
print(type(mz).__name__, mz.key)

# from_file: any binary file of TZif data
with open(zoneinfo._tzpath.find_tzfile("Europe/Lisbon"), "rb") as f:
    data = f.read()
ff = ZoneInfo.from_file(io.BytesIO(data), key="Lisbon/FromFile")
print(ff.key, str(ff), ff.utcoffset(datetime(2023, 7, 1)), ff.tzname(datetime(2023, 1, 1)))
anon = ZoneInfo.from_file(io.BytesIO(data))
print(anon.key, repr(anon).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO object"))
try:
    pickle.dumps(ff)
except pickle.PicklingError as e:
    print("PicklingError", e)
try:
    ZoneInfo.from_file(io.BytesIO(b"not a tzif file"))
except ValueError as e:
    print("ValueError", e)
for bad in ["Not/AZone", "../etc/passwd", "/abs/path", ""]:
    try:
        ZoneInfo(bad)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError) as e:
        print(type(e).__name__, e)
print(sorted(zoneinfo.available_timezones())[:5], "Europe/Paris" in zoneinfo.available_timezones())
